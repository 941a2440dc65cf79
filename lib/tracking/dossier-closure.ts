import { STATUS } from "@/lib/workflow/statuses";

export type ClosureKind = "refused" | "stopped" | "withdrawn";

export interface DossierClosure {
  kind: ClosureKind;
  at: Date;
  /** The reason the unit gave (refusal, stop); empty for a withdrawal. */
  reason: string;
}

const CLOSING: Record<ClosureKind, { status: number; actions: readonly string[] }> = {
  refused: { status: STATUS.REFUSED, actions: ["refuse"] },
  stopped: { status: STATUS.STOPPED, actions: ["stop"] },
  withdrawn: { status: STATUS.WITHDRAWN, actions: ["withdraw", "confirm-withdrawal"] },
};

/**
 * What ended a dossier without a result (refused, stopped, withdrawn), when and why, from its public
 * timeline; null while it runs or once it has a result. The step that closed it is the last one that
 * moved it into its closed status.
 */
export function dossierClosure(
  status: number,
  timeline: readonly { at: Date; action: string; toStatus: number | null; note: string }[],
): DossierClosure | null {
  const kind = (Object.keys(CLOSING) as ClosureKind[]).find((k) => CLOSING[k].status === status);
  if (!kind) return null;
  const step = timeline.findLast((entry) => CLOSING[kind].actions.includes(entry.action) && entry.toStatus === status);
  if (!step) return null;
  return { kind, at: step.at, reason: kind === "withdrawn" ? "" : step.note };
}
