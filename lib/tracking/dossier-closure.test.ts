import { describe, expect, it } from "vitest";
import { STATUS } from "@/lib/workflow/statuses";
import { dossierClosure } from "./dossier-closure";

const at = (hour: number) => new Date(Date.UTC(2026, 10, 2, hour));
const submit = { at: at(1), action: "submit", toStatus: STATUS.NEW, note: "" };

describe("dossierClosure", () => {
  it("a refusal: when and the reason", () => {
    const timeline = [submit, { at: at(2), action: "refuse", toStatus: STATUS.REFUSED, note: "Thiếu bản sao CCCD" }];
    expect(dossierClosure(STATUS.REFUSED, timeline)).toEqual({ kind: "refused", at: at(2), reason: "Thiếu bản sao CCCD" });
  });

  it("a stop: when and the reason", () => {
    const timeline = [
      submit,
      { at: at(2), action: "receive", toStatus: STATUS.RECEIVED, note: "" },
      { at: at(5), action: "stop", toStatus: STATUS.STOPPED, note: "Đối tượng không thuộc diện" },
    ];
    expect(dossierClosure(STATUS.STOPPED, timeline)).toEqual({ kind: "stopped", at: at(5), reason: "Đối tượng không thuộc diện" });
  });

  it("a withdrawal, before receipt or confirmed by the unit after a request, has no reason", () => {
    expect(dossierClosure(STATUS.WITHDRAWN, [submit, { at: at(3), action: "withdraw", toStatus: STATUS.WITHDRAWN, note: "Nộp nhầm" }])).toEqual({
      kind: "withdrawn",
      at: at(3),
      reason: "",
    });
    const requested = [
      submit,
      { at: at(2), action: "receive", toStatus: STATUS.RECEIVED, note: "" },
      { at: at(3), action: "request-withdrawal", toStatus: STATUS.RECEIVED, note: "Không cần nữa" },
      { at: at(4), action: "confirm-withdrawal", toStatus: STATUS.WITHDRAWN, note: "" },
    ];
    expect(dossierClosure(STATUS.WITHDRAWN, requested)).toEqual({ kind: "withdrawn", at: at(4), reason: "" });
  });

  it("nothing for a running dossier or one with a result", () => {
    for (const status of [
      STATUS.NEW,
      STATUS.RECEIVED,
      STATUS.PROCESSING,
      STATUS.SUPPLEMENT_REQUESTED,
      STATUS.PAYMENT_REQUESTED,
      STATUS.PROCESSED,
      STATUS.RETURNED,
    ]) {
      expect(dossierClosure(status, [submit])).toBeNull();
    }
  });
});
