import { ACTION_LABELS } from "@/lib/messages/officer";
import type { WorkflowAction } from "@/lib/workflow/status-machine";

const OTHER_LABELS: Record<string, string> = { submit: "Nộp hồ sơ", "register-counter": "Tiếp nhận hồ sơ tại quầy" };

/**
 * The title of one history entry on the officer's page. An assignment names the specialist: the name the
 * entry kept, or for older entries the unit's officer of that id.
 */
export function historyTitle(entry: { action: string; data: Record<string, unknown> }, officerNames: ReadonlyMap<string, string>): string {
  const label = ACTION_LABELS[entry.action as WorkflowAction] ?? OTHER_LABELS[entry.action] ?? entry.action;
  if (entry.action !== "assign") return label;
  const { assigneeName, assigneeId } = entry.data;
  const name = typeof assigneeName === "string" && assigneeName ? assigneeName : typeof assigneeId === "string" ? officerNames.get(assigneeId) : undefined;
  return name ? `${label} ${name}` : label;
}
