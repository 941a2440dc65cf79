import { describe, expect, it } from "vitest";
import { historyVisibility, noteForApplicant, type HistoryVisibility } from "./history-visibility";
import { RULES, type WorkflowAction } from "./status-machine";
import { STATUS } from "./statuses";

/** Written out by hand from issue 13: what the applicant may see of each step, and whether its note is theirs. */
const EXPECTED: Record<WorkflowAction | "submit" | "register-counter", { visibility: HistoryVisibility; note: boolean }> = {
  submit: { visibility: "public", note: false },
  "register-counter": { visibility: "public", note: false },
  receive: { visibility: "public", note: false },
  refuse: { visibility: "public", note: true },
  // the first assignment (2 → 4) is tested on its own below
  assign: { visibility: "internal", note: false },
  "request-supplement": { visibility: "public", note: true },
  supplement: { visibility: "public", note: true },
  propose: { visibility: "internal", note: false },
  approve: { visibility: "internal", note: false },
  "send-back": { visibility: "internal", note: false },
  "request-payment": { visibility: "public", note: true },
  "confirm-payment": { visibility: "public", note: false },
  "cancel-payment": { visibility: "public", note: true },
  "refund-payment": { visibility: "public", note: true },
  "refund-cancelled-payment": { visibility: "public", note: true },
  stop: { visibility: "public", note: true },
  "mark-processed": { visibility: "public", note: false },
  "return-result": { visibility: "public", note: false },
  withdraw: { visibility: "public", note: true },
  "request-withdrawal": { visibility: "public", note: true },
  "confirm-withdrawal": { visibility: "public", note: false },
  "record-apology": { visibility: "public", note: true },
};

describe("history visibility", () => {
  it("covers every action of the status machine", () => {
    const actions = new Set(RULES.map((rule) => rule.action));
    expect([...actions].filter((action) => !(action in EXPECTED))).toEqual([]);
  });

  for (const [action, expected] of Object.entries(EXPECTED)) {
    it(`${action}: ${expected.visibility}, note ${expected.note ? "shown" : "kept"}`, () => {
      // The status the action leaves from does not matter, except for the first assignment.
      for (const fromStatus of [null, STATUS.NEW, STATUS.PROCESSING, STATUS.SUPPLEMENT_REQUESTED]) {
        expect(historyVisibility({ action, fromStatus, toStatus: fromStatus })).toBe(expected.visibility);
      }
      expect(noteForApplicant(action, "  Ghi chú KX-7  ")).toBe(expected.note ? "Ghi chú KX-7" : "");
    });
  }

  it("the first assignment, which moves a received dossier into processing, is public; a re-assignment is internal", () => {
    expect(historyVisibility({ action: "assign", fromStatus: STATUS.RECEIVED, toStatus: STATUS.PROCESSING })).toBe("public");
    expect(historyVisibility({ action: "assign", fromStatus: STATUS.PROCESSING, toStatus: STATUS.PROCESSING })).toBe("internal");
    expect(noteForApplicant("assign", "Giao chị Lan xử lý gấp")).toBe("");
  });

  it("an action it does not know is internal, and its note kept", () => {
    expect(historyVisibility({ action: "internal-note", fromStatus: STATUS.PROCESSING, toStatus: STATUS.PROCESSING })).toBe("internal");
    expect(noteForApplicant("internal-note", "x")).toBe("");
  });
});
