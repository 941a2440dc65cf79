import { mayOfficer } from "@/lib/workflow/permissions";
import type { WorkflowAction } from "@/lib/workflow/status-machine";

/**
 * Steps an officer often takes one after the other, offered as one form: each step is still applied
 * (and recorded in the history) on its own, in one transaction.
 */
export const COMBINED_ACTIONS = {
  "receive-assign": ["receive", "assign"],
  "approve-complete": ["approve", "mark-processed"],
} as const satisfies Record<string, readonly WorkflowAction[]>;
export type CombinedAction = keyof typeof COMBINED_ACTIONS;
export type FormAction = WorkflowAction | CombinedAction;

export function isCombinedAction(action: string): action is CombinedAction {
  return Object.hasOwn(COMBINED_ACTIONS, action);
}

/** The workflow steps a form's action stands for. */
export function stepsOf(action: FormAction): readonly WorkflowAction[] {
  return isCombinedAction(action) ? COMBINED_ACTIONS[action] : [action];
}

/** Actions that end or turn back someone's work: styled as such, and confirmed in a second step. */
export const NEGATIVE_ACTIONS: readonly WorkflowAction[] = ["refuse", "send-back", "stop"];

/**
 * Which form is the dossier's next step, in the order work flows: the first of these open now is the
 * primary button; the rest are secondary.
 */
const NEXT_STEP_ORDER: readonly FormAction[] = [
  "receive-assign",
  "receive",
  "propose",
  "approve-complete",
  "approve",
  "mark-processed",
  "return-result",
  // After the steps above: in processing, assigning again is a change of hands, not the next step.
  "assign",
  "confirm-withdrawal",
  "record-apology",
];

export type ActionTone = "primary" | "secondary" | "negative";
export interface PlannedAction {
  action: FormAction;
  tone: ActionTone;
}

export interface PlanInput {
  /** The workflow actions open to the officer now (the status machine's answer), fee actions left out. */
  actions: readonly WorkflowAction[];
  roles: readonly string[];
  /** The unit has a specialist to assign. */
  hasSpecialists: boolean;
  /** The specialist's next step is uploading a draft and proposing it (the upload form offers both). */
  uploadIsNext: boolean;
}

/**
 * The dossier page's action forms, in order: the next step first (primary), then the others, then the
 * negative ones. A combined form comes when the officer may take both of its steps now.
 */
export function planDossierActions({ actions, roles, hasSpecialists, uploadIsNext }: PlanInput): PlannedAction[] {
  const open = new Set<FormAction>(actions);
  if (open.has("receive") && hasSpecialists && mayOfficer(roles, "assign")) open.add("receive-assign");
  if (open.has("approve") && mayOfficer(roles, "mark-processed")) open.add("approve-complete");
  const positive = [
    ...NEXT_STEP_ORDER.filter((a) => open.has(a)),
    ...[...open].filter((a) => !NEXT_STEP_ORDER.includes(a) && !NEGATIVE_ACTIONS.includes(a as WorkflowAction)),
  ];
  const negative = NEGATIVE_ACTIONS.filter((a) => open.has(a));
  return [
    ...positive.map((action, i): PlannedAction => ({ action, tone: i === 0 && !uploadIsNext ? "primary" : "secondary" })),
    ...negative.map((action): PlannedAction => ({ action, tone: "negative" })),
  ];
}
