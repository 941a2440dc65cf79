import { describe, expect, it } from "vitest";
import { sendFormValues } from "./send-form-values";

describe("sendFormValues", () => {
  it("keeps the form's own fields as strings and drops everything else", () => {
    const data = new FormData();
    data.set("subject", "Đường hỏng");
    data.set("$ACTION_ID_abc", "x");
    data.set("role", "admin");
    data.set("consentToPublish", "on");
    const values = sendFormValues(data);
    expect(values.subject).toBe("Đường hỏng");
    expect(values.consentToPublish).toBe("on");
    expect(values.content).toBe("");
    expect(Object.keys(values)).not.toContain("role");
    expect(Object.keys(values)).not.toContain("$ACTION_ID_abc");
  });

  it("treats a file part as missing and caps very long text", () => {
    const data = new FormData();
    data.set("content", new Blob(["x"]), "a.pdf");
    data.set("subject", "a".repeat(10_000));
    const values = sendFormValues(data);
    expect(values.content).toBe("");
    expect(values.subject).toHaveLength(6000);
  });

  it("reads a plain record the same way (step 2's multipart fields)", () => {
    expect(sendFormValues({ kind: "phan-anh", other: "y" }).kind).toBe("phan-anh");
  });
});
