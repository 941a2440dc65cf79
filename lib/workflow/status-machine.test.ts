import { describe, expect, it } from "vitest";
import { OFFICER_ROLES, mayOfficer } from "./permissions";
import { CITIZEN_ACTIONS, RULES, SYSTEM_ACTIONS, availableActions, decide, type WorkflowAction, type WorkflowState } from "./status-machine";
import { ALL_STATUSES, type DossierStatus } from "./statuses";
import { ACTORS, type ActorName } from "./test-helpers";

/** Written out by hand from docs/domain.md#transitions: (action → statuses, actors). */
const ALLOWED: Record<WorkflowAction, { from: DossierStatus[]; by: ActorName[] }> = {
  receive: { from: [1], by: ["tiep-nhan"] },
  refuse: { from: [1], by: ["tiep-nhan"] },
  assign: { from: [2, 4], by: ["tiep-nhan", "lanh-dao"] },
  "request-supplement": { from: [2, 4], by: ["tiep-nhan", "chuyen-vien"] },
  supplement: { from: [5], by: ["citizen"] },
  propose: { from: [4], by: ["chuyen-vien"] },
  approve: { from: [4], by: ["lanh-dao"] },
  "send-back": { from: [4], by: ["lanh-dao"] },
  "request-payment": { from: [4], by: ["tiep-nhan", "chuyen-vien"] },
  "confirm-payment": { from: [6], by: ["system"] },
  "cancel-payment": { from: [6], by: ["tiep-nhan", "chuyen-vien"] },
  "refund-payment": { from: [4, 5, 6, 7, 8, 9, 10], by: ["tiep-nhan", "lanh-dao"] },
  "refund-cancelled-payment": { from: [4, 5, 6, 7, 8, 9, 10], by: ["system"] },
  stop: { from: [2, 4, 5, 6], by: ["lanh-dao"] },
  "mark-processed": { from: [4], by: ["chuyen-vien", "lanh-dao"] },
  "return-result": { from: [9], by: ["tiep-nhan"] },
  withdraw: { from: [1], by: ["citizen"] },
  "request-withdrawal": { from: [2, 4, 5, 6], by: ["citizen"] },
  "confirm-withdrawal": { from: [2, 4, 5, 6], by: ["tiep-nhan", "lanh-dao"] },
  "record-apology": { from: [2, 4, 5, 6], by: ["tiep-nhan", "lanh-dao"] },
};

const base: WorkflowState = {
  status: 1,
  stage: "none",
  supplementRequestedBefore: false,
  withdrawalRequested: false,
  hasResultDraft: false,
  overdue: false,
  fullyOnline: true,
  hasResultDocument: false,
  handoverRecorded: false,
};

describe("status machine: every status × action × actor", () => {
  it("covers every action of the table and nothing else", () => {
    expect(new Set(RULES.map((r) => r.action))).toEqual(new Set(Object.keys(ALLOWED)));
  });

  const cases: [DossierStatus, WorkflowAction, ActorName][] = [];
  for (const status of ALL_STATUSES)
    for (const action of Object.keys(ALLOWED) as WorkflowAction[])
      for (const actor of Object.keys(ACTORS) as ActorName[]) cases.push([status, action, actor]);

  it.each(cases)("status %i, %s by %s", (status, action, actorName) => {
    const decision = decide({ ...base, status }, action, ACTORS[actorName], { note: "ghi chú", amount: 50_000 });
    const expected = ALLOWED[action].from.includes(status) && ALLOWED[action].by.includes(actorName);
    if (expected) {
      // Allowed by the table; a guard may still ask for something (tested below).
      expect(decision.ok || decision.code === "guard").toBe(true);
    } else {
      expect(decision.ok).toBe(false);
      if (!decision.ok) expect(["role", "status"]).toContain(decision.code);
    }
  });

  it("has an answer in Vietnamese for every refusal", () => {
    const d = decide({ ...base, status: 10 }, "receive", ACTORS["tiep-nhan"]);
    expect(d).toEqual({ ok: false, code: "status", message: "Thao tác này không áp dụng cho hồ sơ ở trạng thái hiện tại." });
  });
});

describe("status machine: transitions and guards", () => {
  const reception = ACTORS["tiep-nhan"];
  it("receives a new dossier and starts the clock; assigning puts it in processing", () => {
    const received = decide(base, "receive", reception);
    expect(received).toMatchObject({ ok: true, next: { status: 2, clock: "run", stage: "none" } });
    expect(decide({ ...base, status: 2 }, "assign", reception)).toMatchObject({ ok: true, next: { status: 4, stage: "assigned" } });
  });

  it("needs a reason to refuse or to stop", () => {
    expect(decide(base, "refuse", reception, { note: "  " })).toMatchObject({ ok: false, code: "guard" });
    expect(decide(base, "refuse", reception, { note: "Sai thẩm quyền" })).toMatchObject({ ok: true, next: { status: 3, clock: "stop" } });
    expect(decide({ ...base, status: 4 }, "stop", ACTORS["lanh-dao"], {})).toMatchObject({ ok: false, code: "guard" });
  });

  it("requests supplementation once only, pausing the clock; the citizen's answer resumes it", () => {
    const first = decide({ ...base, status: 4, stage: "assigned" }, "request-supplement", reception, { note: "Giấy chứng sinh" });
    expect(first).toMatchObject({ ok: true, next: { status: 5, clock: "pause", supplementRequestedBefore: true } });
    const answered = decide({ ...base, status: 5, stage: "assigned", supplementRequestedBefore: true }, "supplement", ACTORS.citizen);
    expect(answered).toMatchObject({ ok: true, next: { status: 4, clock: "resume", stage: "assigned" } });
    const second = decide({ ...base, status: 4, supplementRequestedBefore: true }, "request-supplement", reception, { note: "x" });
    expect(second).toMatchObject({ ok: false, code: "guard" });
  });

  it("goes specialist → leader → processed, and back with a comment", () => {
    const specialist = ACTORS["chuyen-vien"];
    const leader = ACTORS["lanh-dao"];
    const assigned: WorkflowState = { ...base, status: 4, stage: "assigned" };
    expect(decide(assigned, "propose", specialist)).toMatchObject({ ok: false, code: "guard" });
    expect(decide({ ...assigned, hasResultDraft: true }, "propose", specialist)).toMatchObject({ ok: true, next: { status: 4, stage: "proposed" } });
    const proposed: WorkflowState = { ...assigned, stage: "proposed", hasResultDraft: true };
    expect(decide(proposed, "send-back", leader, {})).toMatchObject({ ok: false, code: "guard" });
    expect(decide(proposed, "send-back", leader, { note: "Sửa số liệu" })).toMatchObject({ ok: true, next: { stage: "assigned" } });
    expect(decide(proposed, "approve", leader)).toMatchObject({ ok: true, next: { stage: "approved" } });
    expect(decide(proposed, "mark-processed", leader)).toMatchObject({ ok: false, code: "guard" });
    const approved: WorkflowState = { ...proposed, stage: "approved" };
    expect(decide(approved, "mark-processed", specialist)).toMatchObject({ ok: false, code: "guard" });
    expect(decide({ ...approved, hasResultDocument: true }, "mark-processed", specialist)).toMatchObject({
      ok: true,
      next: { status: 9, clock: "stop" },
    });
  });

  it("asks a positive whole amount for payment; the gateway's confirmation returns to processing", () => {
    const processing: WorkflowState = { ...base, status: 4, stage: "assigned" };
    expect(decide(processing, "request-payment", reception, { amount: 0 })).toMatchObject({ ok: false, code: "guard" });
    expect(decide(processing, "request-payment", reception, { amount: 12.5 })).toMatchObject({ ok: false, code: "guard" });
    expect(decide(processing, "request-payment", reception, { amount: 50_000 })).toMatchObject({ ok: true, next: { status: 6 } });
    expect(decide({ ...processing, status: 6 }, "confirm-payment", ACTORS.system)).toMatchObject({
      ok: true,
      next: { status: 4, stage: "assigned" },
    });
  });

  it("cancels a waiting fee with a reason, back to processing with the clock untouched and the stage kept", () => {
    const waiting: WorkflowState = { ...base, status: 6, stage: "assigned" };
    expect(decide(waiting, "cancel-payment", reception, { note: " " })).toMatchObject({
      ok: false,
      code: "guard",
      message: "Vui lòng nhập lý do hủy yêu cầu thu phí.",
    });
    expect(decide(waiting, "cancel-payment", reception, { note: "Thu nhầm số tiền" })).toEqual({
      ok: true,
      next: { status: 4, stage: "assigned", clock: "unchanged", supplementRequestedBefore: false, withdrawalRequested: false },
    });
  });

  it("refunds a paid fee with a reason without changing the dossier's status or clock", () => {
    const leader = ACTORS["lanh-dao"];
    expect(decide({ ...base, status: 8 }, "refund-payment", leader, {})).toMatchObject({
      ok: false,
      code: "guard",
      message: "Vui lòng nhập lý do hoàn phí.",
    });
    for (const status of [4, 7, 8, 10] as const) {
      expect(decide({ ...base, status }, "refund-payment", leader, { note: "Dừng xử lý" })).toMatchObject({
        ok: true,
        next: { status, clock: "unchanged" },
      });
    }
  });

  it("returns a partial service's result only after the counter handover", () => {
    const processed: WorkflowState = { ...base, status: 9, fullyOnline: false };
    expect(decide(processed, "return-result", reception)).toMatchObject({ ok: false, code: "guard" });
    expect(decide({ ...processed, handoverRecorded: true }, "return-result", reception)).toMatchObject({ ok: true, next: { status: 10 } });
    expect(decide({ ...base, status: 9 }, "return-result", reception)).toMatchObject({ ok: true, next: { status: 10 } });
  });

  it("withdraws at once before receipt, and after receipt only when an officer confirms the request", () => {
    expect(decide(base, "withdraw", ACTORS.citizen)).toMatchObject({ ok: true, next: { status: 7 } });
    const received: WorkflowState = { ...base, status: 2 };
    expect(decide(received, "confirm-withdrawal", reception)).toMatchObject({ ok: false, code: "guard" });
    expect(decide(received, "request-withdrawal", ACTORS.citizen)).toMatchObject({ ok: true, next: { status: 2, withdrawalRequested: true } });
    expect(decide({ ...received, withdrawalRequested: true }, "request-withdrawal", ACTORS.citizen)).toMatchObject({ ok: false, code: "guard" });
    expect(decide({ ...received, withdrawalRequested: true }, "confirm-withdrawal", reception)).toMatchObject({ ok: true, next: { status: 7 } });
  });

  it("records an apology only for an overdue dossier", () => {
    expect(decide({ ...base, status: 4 }, "record-apology", reception)).toMatchObject({ ok: false, code: "guard" });
    expect(decide({ ...base, status: 4, overdue: true }, "record-apology", reception)).toMatchObject({ ok: true, next: { status: 4 } });
  });

  it("lists the buttons an officer sees", () => {
    expect(availableActions(base, ACTORS["tiep-nhan"])).toEqual(["receive", "refuse"]);
    expect(availableActions(base, ACTORS["chuyen-vien"])).toEqual([]);
    expect(availableActions({ ...base, status: 5 }, ACTORS.citizen)).toEqual(["supplement", "request-withdrawal"]);
  });

  it("knows citizen and system actions are not officer rights", () => {
    for (const action of [...CITIZEN_ACTIONS, ...SYSTEM_ACTIONS]) {
      for (const role of OFFICER_ROLES) expect(mayOfficer([role], action as never)).toBe(false);
    }
  });
});
