import { notMeasured, proportional, type ComponentScore } from "./components";

export interface ResultFigures {
  /** Dossiers whose result was returned (status 10), by the day the result was made. */
  returned: number;
  /** Of them, delivered electronically: returned without a handover at the counter. */
  electronic: number;
}

/**
 * Digitization (22): only electronic results (6) can be measured. The portal does not yet digitize
 * dossier components, issue e-certified copies, reuse digitized data, sync to the citizen's personal
 * store or query the population database, so those 16 points are "chưa đo".
 */
export function scoreDigitization(results: ResultFigures): ComponentScore[] {
  return [
    proportional("electronicResults", { part: results.electronic, whole: results.returned }),
    notMeasured("digitizedComponents", "no-source"),
    notMeasured("certifiedCopies", "no-source"),
    notMeasured("dataReuse", "no-source"),
    notMeasured("personalStore", "no-source"),
    notMeasured("populationProcedures", "no-source"),
    notMeasured("populationDossiers", "no-source"),
  ];
}
