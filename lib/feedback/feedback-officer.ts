import { mayOfficer } from "@/lib/workflow/permissions";

/** The officer taking a step (from the session, never from the input). */
export interface FeedbackOfficer {
  id: string;
  fullName: string;
  roles: readonly string[];
  unitId: number;
}

/**
 * Which items an officer sees (docs/feedback.md#rights): the information centre (feedback-triage) sees
 * the whole register; a unit sees only what was forwarded to it. Null: nothing at all.
 */
export function feedbackScope(officer: Pick<FeedbackOfficer, "roles" | "unitId">): { all: true } | { unitId: number } | null {
  if (!mayOfficer(officer.roles, "view-feedback")) return null;
  if (mayOfficer(officer.roles, "feedback-triage")) return { all: true };
  return { unitId: officer.unitId };
}

export function officerSeesItem(officer: Pick<FeedbackOfficer, "roles" | "unitId">, item: { assignedUnitId: number | null }): boolean {
  const scope = feedbackScope(officer);
  if (!scope) return false;
  return "all" in scope || item.assignedUnitId === scope.unitId;
}
