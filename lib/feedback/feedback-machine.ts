import { mayOfficer, type OfficerAction } from "@/lib/workflow/permissions";
import { TRIAGE_STATUSES, type FeedbackRating, type FeedbackStatus } from "./feedback-vocabulary";

/**
 * The feedback state machine (docs/feedback.md#states): one table of (status, action, actor) → next
 * status, with its guards. Pure: the use cases read the item, ask `decideFeedback`, and write the result
 * and its history row in one transaction.
 */

export interface FeedbackState {
  status: FeedbackStatus;
  /** The agency has sent it back to the centre once already. */
  returnedBefore: boolean;
  /** The citizen has reopened it once already. */
  reopenedBefore: boolean;
  rating: FeedbackRating | null;
  consentToPublish: boolean;
  hasAnswer: boolean;
  published: boolean;
}

export type FeedbackActor = { kind: "officer"; roles: readonly string[] } | { kind: "citizen" } | { kind: "system" };

export const FEEDBACK_OFFICER_ACTIONS = [
  "classify",
  "answer",
  "close",
  "forward",
  "return-to-centre",
  "agency-answer",
  "approve-answer",
  "request-revision",
  "publish",
  "unpublish",
] as const;
export const FEEDBACK_CITIZEN_ACTIONS = ["rate", "reopen"] as const;
export const FEEDBACK_SYSTEM_ACTIONS = ["remind", "escalate"] as const;
export type FeedbackOfficerAction = (typeof FEEDBACK_OFFICER_ACTIONS)[number];
export type FeedbackCitizenAction = (typeof FEEDBACK_CITIZEN_ACTIONS)[number];
export type FeedbackSystemAction = (typeof FEEDBACK_SYSTEM_ACTIONS)[number];
export type FeedbackAction = FeedbackOfficerAction | FeedbackCitizenAction | FeedbackSystemAction;

/** The right in the one permission table (lib/workflow/permissions.ts) each officer action needs. */
export const FEEDBACK_ACTION_PERMISSION: Record<FeedbackOfficerAction, OfficerAction> = {
  classify: "feedback-triage",
  answer: "feedback-triage",
  close: "feedback-triage",
  forward: "feedback-triage",
  "return-to-centre": "feedback-agency-return",
  "agency-answer": "feedback-agency-answer",
  "approve-answer": "feedback-review",
  "request-revision": "feedback-review",
  publish: "feedback-publish",
  unpublish: "feedback-publish",
};

export interface FeedbackActionInput {
  note?: string;
  answer?: string;
  unitId?: number;
  rating?: FeedbackRating;
}

export interface FeedbackOutcome {
  status: FeedbackStatus;
  returnedBefore: boolean;
  reopenedBefore: boolean;
  rating: FeedbackRating | null;
  published: boolean;
}

export type FeedbackDecision = { ok: true; next: FeedbackOutcome } | { ok: false; code: "role" | "status" | "guard"; message: string };

interface Rule {
  action: FeedbackAction;
  from: readonly FeedbackStatus[];
  actor: FeedbackActor["kind"];
  to: FeedbackStatus | "same" | ((state: FeedbackState, input: FeedbackActionInput) => FeedbackStatus);
  guard?: (state: FeedbackState, input: FeedbackActionInput) => string | null;
}

const needs = (what: string, value: (input: FeedbackActionInput) => string | undefined) => (_: FeedbackState, input: FeedbackActionInput) =>
  value(input)?.trim() ? null : `Vui lòng nhập ${what}.`;
const needsNote = (what: string) => needs(what, (i) => i.note);
const needsAnswer = needs("nội dung trả lời", (i) => i.answer);
const ANSWERED: readonly FeedbackStatus[] = ["answered", "closed"];

export const FEEDBACK_RULES: readonly Rule[] = [
  { action: "classify", from: TRIAGE_STATUSES, actor: "officer", to: "same" },
  { action: "answer", from: TRIAGE_STATUSES, actor: "officer", to: "answered", guard: needsAnswer },
  { action: "close", from: TRIAGE_STATUSES, actor: "officer", to: "closed", guard: needsNote("lý do đóng") },
  {
    action: "forward",
    from: TRIAGE_STATUSES,
    actor: "officer",
    to: "forwarded",
    guard: (_, input) => (input.unitId ? null : "Vui lòng chọn cơ quan, đơn vị xử lý."),
  },
  {
    action: "return-to-centre",
    from: ["forwarded"],
    actor: "officer",
    to: "returned",
    guard: (state, input) =>
      state.returnedBefore
        ? "Phản ánh này đã được trả lại trung tâm một lần; không được trả lại lần thứ hai."
        : needsNote("lý do trả lại")(state, input),
  },
  { action: "agency-answer", from: ["forwarded"], actor: "officer", to: "agency-answered", guard: needsAnswer },
  { action: "approve-answer", from: ["agency-answered"], actor: "officer", to: "answered", guard: needsAnswer },
  { action: "request-revision", from: ["agency-answered"], actor: "officer", to: "forwarded", guard: needsNote("yêu cầu chỉnh sửa") },
  {
    action: "publish",
    from: ANSWERED,
    actor: "officer",
    to: "same",
    guard: (state, input) =>
      !state.consentToPublish
        ? "Người gửi không đồng ý công khai nội dung trả lời."
        : !state.hasAnswer
          ? "Phản ánh chưa có nội dung trả lời."
          : state.published
            ? "Nội dung trả lời đã được công khai."
            : needs("nội dung công khai đã rà soát", (i) => i.answer)(state, input),
  },
  { action: "unpublish", from: ANSWERED, actor: "officer", to: "same", guard: (s) => (s.published ? null : "Nội dung trả lời chưa được công khai.") },
  {
    action: "rate",
    from: ["answered"],
    actor: "citizen",
    to: (_, input) => (input.rating === "satisfied" ? "closed" : "answered"),
    guard: (state, input) => (state.rating ? "Bạn đã đánh giá câu trả lời này." : input.rating ? null : "Vui lòng chọn mức độ hài lòng."),
  },
  {
    action: "reopen",
    from: ["answered"],
    actor: "citizen",
    to: "reopened",
    guard: (state, input) =>
      state.reopenedBefore
        ? "Phản ánh chỉ được mở lại một lần."
        : state.rating !== "not-satisfied"
          ? "Chỉ mở lại được khi bạn không hài lòng với câu trả lời."
          : needsNote("lý do mở lại")(state, input),
  },
  { action: "remind", from: ["forwarded"], actor: "system", to: "same" },
  { action: "escalate", from: ["forwarded"], actor: "system", to: "same" },
];

const STATUS_REFUSAL = "Thao tác này không áp dụng cho phản ánh ở trạng thái hiện tại.";
export const FEEDBACK_ROLE_REFUSAL = "Vai trò của bạn không được phép thực hiện thao tác này.";

function isOfficerAction(action: FeedbackAction): action is FeedbackOfficerAction {
  return (FEEDBACK_OFFICER_ACTIONS as readonly string[]).includes(action);
}

/** Decides whether `actor` may take `action` on a feedback item in `state`, and what follows. */
export function decideFeedback(
  state: FeedbackState,
  action: FeedbackAction,
  actor: FeedbackActor,
  input: FeedbackActionInput = {},
): FeedbackDecision {
  const rule = FEEDBACK_RULES.find((r) => r.action === action);
  if (!rule) return { ok: false, code: "status", message: STATUS_REFUSAL };
  if (actor.kind !== rule.actor) return { ok: false, code: "role", message: "Bạn không có quyền thực hiện thao tác này." };
  if (actor.kind === "officer" && !(isOfficerAction(action) && mayOfficer(actor.roles, FEEDBACK_ACTION_PERMISSION[action]))) {
    return { ok: false, code: "role", message: FEEDBACK_ROLE_REFUSAL };
  }
  if (!rule.from.includes(state.status)) return { ok: false, code: "status", message: STATUS_REFUSAL };
  const refusal = rule.guard?.(state, input);
  if (refusal) return { ok: false, code: "guard", message: refusal };
  const status = rule.to === "same" ? state.status : typeof rule.to === "function" ? rule.to(state, input) : rule.to;
  return {
    ok: true,
    next: {
      status,
      returnedBefore: state.returnedBefore || action === "return-to-centre",
      reopenedBefore: state.reopenedBefore || action === "reopen",
      // A reopened item is answered anew and rated anew.
      rating: action === "rate" ? (input.rating ?? null) : action === "reopen" ? null : state.rating,
      published: action === "publish" ? true : action === "unpublish" ? false : state.published,
    },
  };
}

/** An input that satisfies every guard about what was typed, so only the state and the actor decide. */
const PROBE: FeedbackActionInput = { note: "x", answer: "x", unitId: 1, rating: "not-satisfied" };

/** The actions open to this actor now (for the page's buttons). */
export function availableFeedbackActions(state: FeedbackState, actor: FeedbackActor): FeedbackAction[] {
  return FEEDBACK_RULES.map((r) => r.action).filter((a) => decideFeedback(state, a, actor, PROBE).ok);
}

/**
 * The step each state is waiting for, best first (docs/feedback.md#states): the page draws the first one
 * offered as its primary button. The centre answers most items itself (98,7 % handled, 172 of 13.014
 * forwarded in November 2023), so triage leads with "answer"; an item the agency sent back was at the
 * wrong agency, so it leads with "forward". Refusing or undoing steps (close, send back, revision,
 * unpublish) are never primary.
 */
const PRIMARY_ACTIONS: Record<FeedbackStatus, readonly FeedbackAction[]> = {
  new: ["answer", "forward", "classify"],
  returned: ["forward", "answer", "classify"],
  reopened: ["answer", "forward", "classify"],
  forwarded: ["agency-answer"],
  "agency-answered": ["approve-answer"],
  answered: ["rate", "publish"],
  closed: ["publish"],
};

/**
 * The primary action for this actor in this state, or null when nothing it may do moves the item on.
 * `offered` narrows the choice to what the page really shows (an agency's actions only on its own items).
 */
export function primaryFeedbackAction(
  state: FeedbackState,
  actor: FeedbackActor,
  offered: readonly FeedbackAction[] = availableFeedbackActions(state, actor),
): FeedbackAction | null {
  return PRIMARY_ACTIONS[state.status].find((action) => offered.includes(action) && decideFeedback(state, action, actor, PROBE).ok) ?? null;
}
