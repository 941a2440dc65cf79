import type { DatabaseOrTransaction } from "@/db/client";
import { gatherIndexInputs, type IndexSubject } from "./gather-index-inputs";
import type { Period } from "./period";
import { complaintSource as registerComplaints, type ComplaintSource } from "./service-index/complaint-source";
import { rankSubjects, type Ranked } from "./service-index/rank-subjects";
import { computeIndex } from "./service-index/total-index";

/** A subject the register has nothing on: no complaint handled, so both components are "no-data". */
const NO_COMPLAINTS = { handled: 0, handledOnTime: 0, rated: 0, satisfied: 0 };

export interface ServiceIndexRanking {
  period: Period;
  agencies: Ranked<IndexSubject>[];
  districts: Ranked<IndexSubject>[];
}

/**
 * The Decision 766 index of every provincial agency and every district (with its communes) for a period,
 * ranked within each tier (docs/service-index.md). `complaints` is where complaint figures come from.
 */
export async function getServiceIndex(
  db: DatabaseOrTransaction,
  period: Period,
  complaints: ComplaintSource = registerComplaints,
): Promise<ServiceIndexRanking> {
  const { subjects, inputs } = await gatherIndexInputs(db, period);
  const complaintFigures = await complaints(
    db,
    period,
    subjects.map((s) => s.id),
  );
  const scored = subjects.map((subject) => ({
    subject,
    score: computeIndex({ ...inputs.get(subject.id)!, complaints: complaintFigures ? (complaintFigures.get(subject.id) ?? NO_COMPLAINTS) : null }),
  }));
  return {
    period,
    agencies: rankSubjects(scored.filter((s) => s.subject.kind === "agency")),
    districts: rankSubjects(scored.filter((s) => s.subject.kind === "district")),
  };
}
