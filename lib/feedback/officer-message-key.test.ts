import { describe, expect, it } from "vitest";
import viValidation from "@/messages/vi/validation.json";
import viRules from "@/messages/vi/feedbackRules.json";
import { FEEDBACK_ROLE_REFUSAL } from "./feedback-machine";
import { feedbackOfficerFieldKeys, feedbackOfficerMessageKey } from "./officer-message-key";

// The rules' Vietnamese texts (lib/messages/feedback-rules.ts moved into the catalog).
const feedbackRules = { ...viValidation.feedback, ...viRules };

describe("the officer feedback pages' messages", () => {
  it("turn the rules' Vietnamese texts into catalog keys", () => {
    expect(feedbackOfficerMessageKey(feedbackRules.conflict)).toBe("validation.feedbackOfficer.conflict");
    expect(feedbackOfficerMessageKey(FEEDBACK_ROLE_REFUSAL)).toBe("validation.feedbackOfficer.roleRefusal");
    expect(feedbackOfficerFieldKeys({ subject: feedbackRules.subject })).toEqual({ subject: "validation.feedbackOfficer.subject" });
  });

  it("have a key for every rule an officer's form can meet", () => {
    const officer = ["kind", "channel", "subject", "content", "dossierCode", "dossierNotFound", "unit", "unitNotFound", "field"] as const;
    const more = ["senderName", "phone", "email", "answer", "note", "conflict", "outOfScope", "notFound"] as const;
    for (const name of [...officer, ...more]) expect(feedbackOfficerMessageKey(feedbackRules[name])).toBe(`validation.feedbackOfficer.${name}`);
  });

  it("leave a key or an unknown text as it is", () => {
    expect(feedbackOfficerMessageKey("validation.feedbackOfficer.stale")).toBe("validation.feedbackOfficer.stale");
    expect(feedbackOfficerMessageKey("Something else")).toBe("Something else");
  });
});
