import { mayOfficer, type OfficerAction } from "./permissions";
import { OPEN_STATUSES, STATUS, type DossierStatus } from "./statuses";

/**
 * The dossier status machine (docs/domain.md#transitions): one table of (status, action, actor) → next status, with
 * its guards. Pure: the use cases read the dossier, ask `decide`, and write the result and its history
 * row in one transaction.
 */

/** Where a dossier in processing (STATUS.PROCESSING) stands between specialist and leader. */
export type ProcessingStage = "none" | "assigned" | "proposed" | "approved";

export interface WorkflowState {
  status: DossierStatus;
  stage: ProcessingStage;
  /** Supplementation may be requested only once per dossier. */
  supplementRequestedBefore: boolean;
  withdrawalRequested: boolean;
  /** The specialist has uploaded a draft result. */
  hasResultDraft: boolean;
  /** Due date passed while open. */
  overdue: boolean;
  /** Full-process service: the result is electronic. */
  fullyOnline: boolean;
  /** The processed result carries a document, its number, signer and date. */
  hasResultDocument: boolean;
  /** Partial service: the officer recorded the handover at the counter. */
  handoverRecorded: boolean;
}

export type Actor = { kind: "officer"; roles: readonly string[] } | { kind: "citizen" } | { kind: "system" };

export const CITIZEN_ACTIONS = ["supplement", "request-withdrawal", "withdraw"] as const;
export const SYSTEM_ACTIONS = ["confirm-payment", "refund-cancelled-payment"] as const;
export type CitizenAction = (typeof CITIZEN_ACTIONS)[number];
export type SystemAction = (typeof SYSTEM_ACTIONS)[number];
export type WorkflowAction = Exclude<OfficerAction, NonWorkflowAction> | CitizenAction | SystemAction;
type NonWorkflowAction =
  | "register-counter-dossier"
  | "view-dossiers"
  | "export-dossiers"
  | "view-ratings"
  | "manage-officers"
  | "manage-services"
  | "manage-holidays"
  | "view-audit-log"
  | "view-report"
  | "view-province-report"
  | `feedback-${string}`
  | "view-feedback";

export interface ActionInput {
  note?: string;
  amount?: number;
}

export interface Outcome {
  status: DossierStatus;
  stage: ProcessingStage;
  clock: "run" | "pause" | "resume" | "stop" | "unchanged";
  supplementRequestedBefore: boolean;
  withdrawalRequested: boolean;
}

export type Decision = { ok: true; next: Outcome } | { ok: false; code: "role" | "status" | "guard"; message: string };

interface Rule {
  action: WorkflowAction;
  from: readonly DossierStatus[];
  actor: Actor["kind"];
  to: DossierStatus | "same";
  stage?: ProcessingStage;
  clock?: Outcome["clock"];
  guard?: (state: WorkflowState, input: ActionInput) => string | null;
}

const IN_PROCESSING_CYCLE: readonly DossierStatus[] = [STATUS.PROCESSING, STATUS.SUPPLEMENT_REQUESTED, STATUS.PAYMENT_REQUESTED];
const { NEW, RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, WITHDRAWN, STOPPED, PROCESSED, RETURNED } = STATUS;
// A paid fee can be given back from processing on, whatever became of the dossier.
const AFTER_PROCESSING_STARTED: readonly DossierStatus[] = [
  PROCESSING,
  SUPPLEMENT_REQUESTED,
  PAYMENT_REQUESTED,
  WITHDRAWN,
  STOPPED,
  PROCESSED,
  RETURNED,
];
const needsNote = (what: string) => (_: WorkflowState, input: ActionInput) => (input.note?.trim() ? null : `Vui lòng nhập ${what}.`);

export const RULES: readonly Rule[] = [
  { action: "receive", from: [NEW], actor: "officer", to: STATUS.RECEIVED, stage: "none", clock: "run" },
  { action: "refuse", from: [NEW], actor: "officer", to: STATUS.REFUSED, clock: "stop", guard: needsNote("lý do không tiếp nhận") },
  { action: "assign", from: [RECEIVED, PROCESSING], actor: "officer", to: STATUS.PROCESSING, stage: "assigned" },
  {
    action: "request-supplement",
    from: [RECEIVED, PROCESSING],
    actor: "officer",
    to: STATUS.SUPPLEMENT_REQUESTED,
    clock: "pause",
    guard: (state, input) =>
      state.supplementRequestedBefore
        ? "Hồ sơ đã được yêu cầu bổ sung một lần; không được yêu cầu bổ sung lần thứ hai."
        : needsNote("danh sách giấy tờ cần bổ sung")(state, input),
  },
  { action: "supplement", from: [SUPPLEMENT_REQUESTED], actor: "citizen", to: STATUS.PROCESSING, clock: "resume" },
  {
    action: "propose",
    from: [PROCESSING],
    actor: "officer",
    to: "same",
    stage: "proposed",
    guard: (state) =>
      state.stage !== "assigned"
        ? "Chỉ trình duyệt được hồ sơ đang được chuyên viên xử lý."
        : state.hasResultDraft
          ? null
          : "Vui lòng tải lên dự thảo kết quả trước khi trình.",
  },
  {
    action: "approve",
    from: [PROCESSING],
    actor: "officer",
    to: "same",
    stage: "approved",
    guard: (s) => (s.stage === "proposed" ? null : "Chưa có dự thảo nào được trình để duyệt."),
  },
  {
    action: "send-back",
    from: [PROCESSING],
    actor: "officer",
    to: "same",
    stage: "assigned",
    guard: (s, input) => (s.stage === "proposed" ? needsNote("ý kiến khi trả lại")(s, input) : "Chưa có dự thảo nào được trình để trả lại."),
  },
  {
    action: "request-payment",
    from: [PROCESSING],
    actor: "officer",
    to: STATUS.PAYMENT_REQUESTED,
    guard: (_, input) =>
      input.amount !== undefined && Number.isInteger(input.amount) && input.amount > 0 ? null : "Số tiền phải là số nguyên dương (đồng).",
  },
  { action: "confirm-payment", from: [PAYMENT_REQUESTED], actor: "system", to: STATUS.PROCESSING },
  // The clock keeps running while a fee is waiting (request-payment leaves it alone), so cancelling the
  // fee leaves it alone too.
  { action: "cancel-payment", from: [PAYMENT_REQUESTED], actor: "officer", to: STATUS.PROCESSING, guard: needsNote("lý do hủy yêu cầu thu phí") },
  // A paid fee is given back while the dossier is open or after it ended, with or without a result;
  // the dossier's status does not change (the use case checks that the fee is paid).
  { action: "refund-payment", from: AFTER_PROCESSING_STARTED, actor: "officer", to: "same", guard: needsNote("lý do hoàn phí") },
  // Money the gateway took for a fee cancelled meanwhile goes back at once, from whatever status the
  // dossier reached since the cancel.
  { action: "refund-cancelled-payment", from: AFTER_PROCESSING_STARTED, actor: "system", to: "same", guard: needsNote("lý do hoàn phí") },
  { action: "stop", from: OPEN_STATUSES, actor: "officer", to: STATUS.STOPPED, clock: "stop", guard: needsNote("lý do dừng xử lý") },
  {
    action: "mark-processed",
    from: [PROCESSING],
    actor: "officer",
    to: STATUS.PROCESSED,
    clock: "stop",
    guard: (s) =>
      s.stage !== "approved"
        ? "Kết quả chưa được lãnh đạo phê duyệt."
        : s.hasResultDocument
          ? null
          : "Vui lòng nhập văn bản kết quả: số, người ký, ngày ký và tệp.",
  },
  {
    action: "return-result",
    from: [PROCESSED],
    actor: "officer",
    to: STATUS.RETURNED,
    guard: (s) => (s.fullyOnline || s.handoverRecorded ? null : "Vui lòng ghi nhận việc trao kết quả tại quầy."),
  },
  { action: "withdraw", from: [NEW], actor: "citizen", to: STATUS.WITHDRAWN, clock: "stop" },
  {
    action: "request-withdrawal",
    from: OPEN_STATUSES,
    actor: "citizen",
    to: "same",
    guard: (s) => (s.withdrawalRequested ? "Yêu cầu rút hồ sơ đã được gửi." : null),
  },
  {
    action: "confirm-withdrawal",
    from: OPEN_STATUSES,
    actor: "officer",
    to: STATUS.WITHDRAWN,
    clock: "stop",
    guard: (s) => (s.withdrawalRequested ? null : "Công dân chưa gửi yêu cầu rút hồ sơ."),
  },
  { action: "record-apology", from: OPEN_STATUSES, actor: "officer", to: "same", guard: (s) => (s.overdue ? null : "Hồ sơ chưa quá hạn.") },
];

const STATUS_REFUSAL = "Thao tác này không áp dụng cho hồ sơ ở trạng thái hiện tại.";
export const ROLE_REFUSAL = "Vai trò của bạn không được phép thực hiện thao tác này.";

/** Decides whether `actor` may take `action` on a dossier in `state`, and what follows. */
export function decide(state: WorkflowState, action: WorkflowAction, actor: Actor, input: ActionInput = {}): Decision {
  const rules = RULES.filter((r) => r.action === action);
  const rule = rules.find((r) => r.from.includes(state.status));
  if (rules.length === 0) return { ok: false, code: "status", message: STATUS_REFUSAL };
  const actorKind = rules[0]!.actor;
  if (actor.kind !== actorKind) return { ok: false, code: "role", message: "Bạn không có quyền thực hiện thao tác này." };
  if (actor.kind === "officer" && !mayOfficer(actor.roles, action as OfficerAction)) {
    return { ok: false, code: "role", message: ROLE_REFUSAL };
  }
  if (!rule) return { ok: false, code: "status", message: STATUS_REFUSAL };
  const refusal = rule.guard?.(state, input);
  if (refusal) return { ok: false, code: "guard", message: refusal };
  const status = rule.to === "same" ? state.status : rule.to;
  return {
    ok: true,
    next: {
      status,
      // The stage survives a pause for supplementation or payment and is cleared once processing ends.
      stage: rule.stage ?? (IN_PROCESSING_CYCLE.includes(status) ? state.stage : "none"),
      clock: rule.clock ?? "unchanged",
      supplementRequestedBefore: state.supplementRequestedBefore || action === "request-supplement",
      withdrawalRequested: action === "request-withdrawal" ? true : state.withdrawalRequested,
    },
  };
}

/** The workflow actions open to this actor now (for the dossier page's buttons). */
export function availableActions(state: WorkflowState, actor: Actor): WorkflowAction[] {
  const actions = [...new Set(RULES.map((r) => r.action))];
  return actions.filter((a) => decide(state, a, actor, { note: "x", amount: 1 }).ok);
}
