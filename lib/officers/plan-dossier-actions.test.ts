import { describe, expect, it } from "vitest";
import { planDossierActions, stepsOf } from "./plan-dossier-actions";

const plan = (input: Partial<Parameters<typeof planDossierActions>[0]> & Pick<Parameters<typeof planDossierActions>[0], "actions" | "roles">) =>
  planDossierActions({ hasSpecialists: true, uploadIsNext: false, ...input }).map((p) => `${p.action}:${p.tone}`);

describe("the dossier page's actions", () => {
  it("offers reception receive-and-assign as the next step, receive alone after it, and refusal last as a negative one", () => {
    expect(plan({ actions: ["receive", "refuse"], roles: ["tiep-nhan"] })).toEqual([
      "receive-assign:primary",
      "receive:secondary",
      "refuse:negative",
    ]);
  });

  it("offers receipt without assignment when the unit has no specialist", () => {
    expect(plan({ actions: ["receive", "refuse"], roles: ["tiep-nhan"], hasSpecialists: false })).toEqual(["receive:primary", "refuse:negative"]);
  });

  it("offers the leader approve-and-complete first, and send-back and stop as negative ones", () => {
    expect(plan({ actions: ["approve", "send-back", "stop", "assign"], roles: ["lanh-dao"] })).toEqual([
      "approve-complete:primary",
      "approve:secondary",
      "assign:secondary",
      "send-back:negative",
      "stop:negative",
    ]);
    // Received and not yet assigned: assigning is the leader's next step.
    expect(plan({ actions: ["assign", "stop"], roles: ["lanh-dao"] })).toEqual(["assign:primary", "stop:negative"]);
  });

  it("leaves the primary button to the upload form when uploading the draft is the specialist's next step", () => {
    expect(plan({ actions: ["request-supplement", "request-payment"], roles: ["chuyen-vien"], uploadIsNext: true })).toEqual([
      "request-supplement:secondary",
      "request-payment:secondary",
    ]);
    expect(plan({ actions: ["propose", "request-supplement"], roles: ["chuyen-vien"] })).toEqual(["propose:primary", "request-supplement:secondary"]);
  });

  it("records a combined form as each of its steps", () => {
    expect(stepsOf("receive-assign")).toEqual(["receive", "assign"]);
    expect(stepsOf("approve-complete")).toEqual(["approve", "mark-processed"]);
    expect(stepsOf("stop")).toEqual(["stop"]);
  });
});
