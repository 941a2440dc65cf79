import type { DatabaseOrTransaction } from "@/db/client";
import type { Period } from "../period";
import type { ComplaintFigures } from "./score-satisfaction";

/**
 * Where the index reads complaints (phản ánh kiến nghị) handled on time and complainants' satisfaction:
 * a map from subject (agency or district unit id) to its figures for the period, or null when the portal
 * keeps no register, which makes both components "chưa đo" for every subject.
 */
export type ComplaintSource = (
  db: DatabaseOrTransaction,
  period: Period,
  subjectIds: readonly number[],
) => Promise<ReadonlyMap<number, ComplaintFigures> | null>;

/** The feedback register's figures (docs/service-index.md, "Complaints"). */
export { registerComplaintFigures as complaintSource } from "@/lib/feedback/complaint-figures";
