import { notMeasured, proportional, type ComponentScore } from "./components";

export interface CatalogFigures {
  /** The subject's published (active) procedures. */
  services: number;
  /** Of them, those whose current version has every catalog field filled (docs/service-index.md). */
  fullContent: number;
}

/**
 * Transparency (18). Only "full content" (2) can be measured: the catalog keeps no date of the decision
 * that announced or changed a procedure, so publication and update timeliness (6 + 4) cannot be judged,
 * and nothing is synced to the national portal yet (6).
 */
export function scoreTransparency(catalog: CatalogFigures): ComponentScore[] {
  return [
    notMeasured("publishedOnTime", "no-source"),
    notMeasured("updatedOnTime", "no-source"),
    proportional("fullContent", { part: catalog.fullContent, whole: catalog.services }),
    notMeasured("nationalSync", "no-source"),
  ];
}
