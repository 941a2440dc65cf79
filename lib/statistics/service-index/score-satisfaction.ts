import { notMeasured, proportional, type ComponentScore } from "./components";

export interface RatingFigures {
  /** Dossier ratings given in the period. */
  rated: number;
  /** Of them, overall "satisfied" or "very satisfied". */
  satisfied: number;
}

/**
 * What the feedback register (phản ánh kiến nghị) will tell about a subject's complaints in a period;
 * null while the portal has no register (lib/statistics/service-index/complaint-source.ts).
 */
export interface ComplaintFigures {
  handled: number;
  handledOnTime: number;
  /** Answers the complainant rated, and those rated satisfied; null when answers are not rated. */
  rated: number | null;
  satisfied: number | null;
}

/**
 * Satisfaction (18) = 6 × min(1, satisfied share / 90 %) + 6 × complaints handled on time / handled
 * + 6 × satisfied complaints / rated complaints.
 */
export function scoreSatisfaction(ratings: RatingFigures, complaints: ComplaintFigures | null): ComponentScore[] {
  return [
    proportional("dossierSatisfaction", { part: ratings.satisfied, whole: ratings.rated }, 0.9),
    complaints
      ? proportional("complaintsOnTime", { part: complaints.handledOnTime, whole: complaints.handled })
      : notMeasured("complaintsOnTime", "no-source"),
    complaints && complaints.rated !== null && complaints.satisfied !== null
      ? proportional("complaintSatisfaction", { part: complaints.satisfied, whole: complaints.rated })
      : notMeasured("complaintSatisfaction", "no-source"),
  ];
}
