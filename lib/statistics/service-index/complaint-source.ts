import type { DatabaseOrTransaction } from "@/db/client";
import type { Period } from "../period";
import type { ComplaintFigures } from "./score-satisfaction";

/**
 * Where the index reads complaints (phản ánh kiến nghị) handled on time and complainants' satisfaction:
 * a map from subject (agency or district unit id) to its figures for the period, or null when the portal
 * keeps no register, which makes both components "chưa đo" for every subject.
 */
export type ComplaintSource = (db: DatabaseOrTransaction, period: Period, subjectIds: readonly number[]) => Promise<ReadonlyMap<number, ComplaintFigures> | null>;

/**
 * No feedback register is wired yet. When lib/feedback/ offers per-unit figures, point this at it —
 * the one line to change (docs/service-index.md, "Complaints").
 */
export const complaintSource: ComplaintSource = async () => null;
