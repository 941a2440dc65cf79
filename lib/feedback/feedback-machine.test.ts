import { describe, expect, it } from "vitest";
import { OFFICER_ROLES, mayOfficer } from "@/lib/workflow/permissions";
import {
  FEEDBACK_CITIZEN_ACTIONS,
  FEEDBACK_RULES,
  FEEDBACK_SYSTEM_ACTIONS,
  availableFeedbackActions,
  decideFeedback,
  primaryFeedbackAction,
  type FeedbackAction,
  type FeedbackState,
} from "./feedback-machine";
import { FEEDBACK_STATUSES, type FeedbackStatus } from "./feedback-vocabulary";
import { ACTORS, type ActorName } from "@/lib/workflow/test-helpers";

/** Written out by hand from docs/feedback.md#states: (action → statuses, actors). */
const TRIAGE: FeedbackStatus[] = ["new", "returned", "reopened"];
const ALLOWED: Record<FeedbackAction, { from: FeedbackStatus[]; by: ActorName[] }> = {
  classify: { from: TRIAGE, by: ["tong-dai-vien"] },
  answer: { from: TRIAGE, by: ["tong-dai-vien"] },
  close: { from: TRIAGE, by: ["tong-dai-vien"] },
  forward: { from: TRIAGE, by: ["tong-dai-vien"] },
  "return-to-centre": { from: ["forwarded"], by: ["lanh-dao"] },
  "agency-answer": { from: ["forwarded"], by: ["chuyen-vien", "lanh-dao"] },
  "approve-answer": { from: ["agency-answered"], by: ["tong-dai-vien"] },
  "request-revision": { from: ["agency-answered"], by: ["tong-dai-vien"] },
  publish: { from: ["answered", "closed"], by: ["tong-dai-vien"] },
  unpublish: { from: ["answered", "closed"], by: ["tong-dai-vien"] },
  rate: { from: ["answered"], by: ["citizen"] },
  reopen: { from: ["answered"], by: ["citizen"] },
  remind: { from: ["forwarded"], by: ["system"] },
  escalate: { from: ["forwarded"], by: ["system"] },
};

const base: FeedbackState = {
  status: "new",
  returnedBefore: false,
  reopenedBefore: false,
  rating: null,
  consentToPublish: true,
  hasAnswer: true,
  published: false,
};
/** A state in which every guard passes, given the input below. */
const permissive = (status: FeedbackStatus, action: FeedbackAction): FeedbackState => ({
  ...base,
  status,
  published: action === "unpublish",
  rating: action === "reopen" ? "not-satisfied" : null,
});
const input = { note: "ghi chú", answer: "Trả lời", unitId: 7, rating: "not-satisfied" as const };

describe("feedback machine: every status × action × actor", () => {
  it("covers every action of the table and nothing else", () => {
    expect(new Set(FEEDBACK_RULES.map((r) => r.action))).toEqual(new Set(Object.keys(ALLOWED)));
  });

  const cases: [FeedbackStatus, FeedbackAction, ActorName][] = [];
  for (const status of FEEDBACK_STATUSES)
    for (const action of Object.keys(ALLOWED) as FeedbackAction[])
      for (const actor of Object.keys(ACTORS) as ActorName[]) cases.push([status, action, actor]);

  it.each(cases)("%s, %s by %s", (status, action, actorName) => {
    const decision = decideFeedback(permissive(status, action), action, ACTORS[actorName], input);
    const expected = ALLOWED[action].from.includes(status) && ALLOWED[action].by.includes(actorName);
    expect(decision.ok).toBe(expected);
    if (!decision.ok) expect(["role", "status"]).toContain(decision.code);
  });
});

describe("feedback machine: guards and outcomes", () => {
  const operator = ACTORS["tong-dai-vien"];
  const leader = ACTORS["lanh-dao"];
  const citizen = ACTORS.citizen;

  it("forwards only to a chosen unit", () => {
    expect(decideFeedback(base, "forward", operator, {})).toMatchObject({ ok: false, code: "guard" });
    expect(decideFeedback(base, "forward", operator, { unitId: 3 })).toMatchObject({ ok: true, next: { status: "forwarded" } });
  });

  it("lets an agency send an item back once, with a reason", () => {
    const forwarded = { ...base, status: "forwarded" as const };
    expect(decideFeedback(forwarded, "return-to-centre", leader, {})).toMatchObject({ ok: false, code: "guard" });
    const first = decideFeedback(forwarded, "return-to-centre", leader, { note: "Không thuộc thẩm quyền" });
    expect(first).toMatchObject({ ok: true, next: { status: "returned", returnedBefore: true } });
    expect(decideFeedback({ ...forwarded, returnedBefore: true }, "return-to-centre", leader, { note: "x" })).toEqual({
      ok: false,
      code: "guard",
      message: "Phản ánh này đã được trả lại trung tâm một lần; không được trả lại lần thứ hai.",
    });
  });

  it("needs answer texts", () => {
    expect(decideFeedback(base, "answer", operator, { answer: "  " })).toMatchObject({ ok: false, code: "guard" });
    expect(decideFeedback({ ...base, status: "forwarded" }, "agency-answer", leader, {})).toMatchObject({ ok: false, code: "guard" });
    expect(decideFeedback({ ...base, status: "agency-answered" }, "approve-answer", operator, { answer: "Đã duyệt" })).toMatchObject({
      ok: true,
      next: { status: "answered" },
    });
  });

  it("publishes only with consent, an answer and a reviewed text, once", () => {
    const answered = { ...base, status: "answered" as const };
    expect(decideFeedback({ ...answered, consentToPublish: false }, "publish", operator, { answer: "x" })).toMatchObject({
      ok: false,
      code: "guard",
    });
    expect(decideFeedback({ ...answered, hasAnswer: false }, "publish", operator, { answer: "x" })).toMatchObject({ ok: false, code: "guard" });
    expect(decideFeedback(answered, "publish", operator, {})).toMatchObject({ ok: false, code: "guard" });
    expect(decideFeedback(answered, "publish", operator, { answer: "x" })).toMatchObject({ ok: true, next: { published: true, status: "answered" } });
    expect(decideFeedback({ ...answered, published: true }, "publish", operator, { answer: "x" })).toMatchObject({ ok: false, code: "guard" });
    expect(decideFeedback(answered, "unpublish", operator)).toMatchObject({ ok: false, code: "guard" });
  });

  it("closes on a satisfied rating and keeps it open for a reopen otherwise", () => {
    const answered = { ...base, status: "answered" as const };
    expect(decideFeedback(answered, "rate", citizen, { rating: "satisfied" })).toMatchObject({
      ok: true,
      next: { status: "closed", rating: "satisfied" },
    });
    expect(decideFeedback(answered, "rate", citizen, { rating: "not-satisfied" })).toMatchObject({
      ok: true,
      next: { status: "answered", rating: "not-satisfied" },
    });
    expect(decideFeedback(answered, "rate", citizen, {})).toMatchObject({ ok: false, code: "guard" });
    expect(decideFeedback({ ...answered, rating: "satisfied" }, "rate", citizen, { rating: "satisfied" })).toMatchObject({
      ok: false,
      code: "guard",
    });
  });

  it("reopens once, only after a not-satisfied rating, and asks for a new rating", () => {
    const unhappy = { ...base, status: "answered" as const, rating: "not-satisfied" as const };
    expect(decideFeedback({ ...unhappy, rating: null }, "reopen", citizen, { note: "x" })).toMatchObject({ ok: false, code: "guard" });
    expect(decideFeedback(unhappy, "reopen", citizen, {})).toMatchObject({ ok: false, code: "guard" });
    expect(decideFeedback(unhappy, "reopen", citizen, { note: "Chưa trả lời đúng câu hỏi" })).toMatchObject({
      ok: true,
      next: { status: "reopened", reopenedBefore: true, rating: null },
    });
    expect(decideFeedback({ ...unhappy, reopenedBefore: true }, "reopen", citizen, { note: "x" })).toEqual({
      ok: false,
      code: "guard",
      message: "Phản ánh chỉ được mở lại một lần.",
    });
  });

  it("lists the buttons each side sees", () => {
    expect(availableFeedbackActions(base, operator)).toEqual(["classify", "answer", "close", "forward"]);
    expect(availableFeedbackActions(base, leader)).toEqual([]);
    expect(availableFeedbackActions({ ...base, status: "forwarded" }, leader)).toEqual(["return-to-centre", "agency-answer"]);
    expect(availableFeedbackActions({ ...base, status: "forwarded" }, ACTORS["chuyen-vien"])).toEqual(["agency-answer"]);
    expect(availableFeedbackActions({ ...base, status: "answered" }, citizen)).toEqual(["rate"]);
  });

  it("knows citizen and system actions are not officer rights", () => {
    for (const action of [...FEEDBACK_CITIZEN_ACTIONS, ...FEEDBACK_SYSTEM_ACTIONS]) {
      for (const role of OFFICER_ROLES) expect(mayOfficer([role], action as never)).toBe(false);
    }
  });
});

describe("feedback machine: the primary action of each state", () => {
  /** Written out by hand: what each side's main button is, in a state where publishing is possible. */
  const PRIMARY: Record<FeedbackStatus, Partial<Record<ActorName, FeedbackAction>>> = {
    new: { "tong-dai-vien": "answer" },
    returned: { "tong-dai-vien": "forward" },
    reopened: { "tong-dai-vien": "answer" },
    forwarded: { "chuyen-vien": "agency-answer", "lanh-dao": "agency-answer" },
    "agency-answered": { "tong-dai-vien": "approve-answer" },
    answered: { "tong-dai-vien": "publish", citizen: "rate" },
    closed: { "tong-dai-vien": "publish" },
  };
  const cases: [FeedbackStatus, ActorName][] = [];
  for (const status of FEEDBACK_STATUSES) for (const actor of Object.keys(ACTORS) as ActorName[]) cases.push([status, actor]);

  it.each(cases)("%s for %s", (status, actorName) => {
    const state = { ...base, status };
    const primary = primaryFeedbackAction(state, ACTORS[actorName]);
    expect(primary).toBe(PRIMARY[status][actorName] ?? null);
    if (primary) expect(availableFeedbackActions(state, ACTORS[actorName])).toContain(primary);
  });

  it("never makes a refusing or undoing step primary, and follows what the page offers", () => {
    const operator = ACTORS["tong-dai-vien"];
    const answered = { ...base, status: "answered" as const };
    // Published already: only "unpublish" is left, which is not a step forward.
    expect(primaryFeedbackAction({ ...answered, published: true }, operator)).toBeNull();
    expect(primaryFeedbackAction({ ...answered, consentToPublish: false }, operator)).toBeNull();
    // Rated already: the citizen may only reopen, which is not primary either.
    expect(primaryFeedbackAction({ ...answered, rating: "not-satisfied" }, ACTORS.citizen)).toBeNull();
    // An agency's leader looking at an item forwarded to another unit is offered nothing.
    expect(primaryFeedbackAction({ ...base, status: "forwarded" }, ACTORS["lanh-dao"], [])).toBeNull();
    // Offered only "forward" and "close" (say, the page hides the answer form): forward leads.
    expect(primaryFeedbackAction(base, operator, ["close", "forward"])).toBe("forward");
  });
});
