import { describe, expect, it } from "vitest";
import { historyVisibility, noteForApplicant, type HistoryVisibility } from "./history-visibility";
import { RULES, type WorkflowAction } from "./status-machine";

/** Written out by hand from docs/domain.md#timeline: what the applicant may see of each step, and whether its note is theirs. */
const EXPECTED: Record<WorkflowAction | "submit" | "register-counter", { visibility: HistoryVisibility; note: boolean }> = {
  submit: { visibility: "public", note: false },
  "register-counter": { visibility: "public", note: false },
  receive: { visibility: "public", note: false },
  refuse: { visibility: "public", note: true },
  // the first assignment is tested on its own below
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
      expect(historyVisibility({ action })).toBe(expected.visibility);
      // Whether the dossier had a specialist matters to an assignment only.
      if (action !== "assign") expect(historyVisibility({ action, firstAssignment: true })).toBe(expected.visibility);
      expect(noteForApplicant(action, "  Ghi chú KX-7  ")).toBe(expected.note ? "Ghi chú KX-7" : "");
    });
  }

  it("the first assignment, which puts the dossier in a specialist's hands, is public; a re-assignment is internal", () => {
    expect(historyVisibility({ action: "assign", firstAssignment: true })).toBe("public");
    expect(historyVisibility({ action: "assign", firstAssignment: false })).toBe("internal");
    expect(noteForApplicant("assign", "Giao chị Lan xử lý gấp")).toBe("");
  });

  it("an action it does not know is internal, and its note kept", () => {
    expect(historyVisibility({ action: "internal-note" })).toBe("internal");
    expect(noteForApplicant("internal-note", "x")).toBe("");
  });
});
