import { describe, expect, it } from "vitest";
import { fieldMessage, fieldMessageText, parseFieldMessage } from "./field-message";

describe("field messages as keys with arguments", () => {
  it("carries arguments in the key and reads them back, numbers as numbers", () => {
    const message = fieldMessage("validation.submission.incompleteDocuments", { names: "Tờ khai; Giấy chứng sinh & bản sao" });
    expect(parseFieldMessage(message)).toEqual({
      key: "validation.submission.incompleteDocuments",
      values: { names: "Tờ khai; Giấy chứng sinh & bản sao" },
    });
    expect(parseFieldMessage(fieldMessage("validation.submission.maxLength", { n: 120 }))).toEqual({
      key: "validation.submission.maxLength",
      values: { n: 120 },
    });
    expect(parseFieldMessage("validation.submission.required")).toEqual({ key: "validation.submission.required", values: {} });
    expect(message).toContain("Giấy chứng sinh");
  });

  it("leaves plain text (a service's own pattern message) as it is", () => {
    expect(parseFieldMessage("Nhập đúng 12 chữ số.")).toBeNull();
    expect(parseFieldMessage("validation.submission.maxLength|{broken")).toBeNull();
    const t = Object.assign((key: string) => `T(${key})`, { has: () => true });
    expect(fieldMessageText(t as never, "Nhập đúng 12 chữ số.")).toBe("Nhập đúng 12 chữ số.");
  });

  it("translates a known key with its arguments and leaves an unknown key alone", () => {
    const texts: Record<string, string> = { "submission.maxLength": "Enter {n} characters or fewer." };
    const t = Object.assign((key: string, values?: Record<string, unknown>) => texts[key]?.replace("{n}", String(values?.n)), {
      has: (key: string) => key in texts,
    });
    expect(fieldMessageText(t as never, fieldMessage("validation.submission.maxLength", { n: 120 }))).toBe("Enter 120 characters or fewer.");
    expect(fieldMessageText(t as never, "validation.submission.nope")).toBe("validation.submission.nope");
  });
});
