import { describe, expect, it } from "vitest";
import vi from "@/messages/vi/validation.json";
import { lookupSchema } from "./lookup-schema";

describe("lookupSchema", () => {
  it.each([
    ["000.17.22.H56-210531-0001", "001090000123", "000.17.22.H56-210531-0001", "001090000123"],
    [" 000.17.22.h56-210531-0001 ", " 0401234567-001 ", "000.17.22.H56-210531-0001", "0401234567-001"],
    ["000.17.22.H56-210531-0001", "c1234567", "000.17.22.H56-210531-0001", "C1234567"],
  ])("accepts %s / %s", (code, idNumber, expectedCode, expectedId) => {
    expect(lookupSchema.parse({ code, idNumber })).toEqual({ code: expectedCode, idNumber: expectedId });
  });

  it.each([
    [{ code: "", idNumber: "001090000123" }, "code", "codeRequired", "Vui lòng nhập mã hồ sơ."],
    [{ code: "000.17.22.H56-211331-0001", idNumber: "001090000123" }, "code", "codeInvalid", /Mã hồ sơ chỉ gồm/],
    [{ code: "000.17.22.H56-210531-0001", idNumber: "12-34" }, "idNumber", "idInvalid", /Số giấy tờ chỉ gồm/],
    [{ code: "000.17.22.H56-210531-0001", idNumber: "' or 1=1 --" }, "idNumber", "idInvalid", /Số giấy tờ chỉ gồm/],
    [{ code: "000.17.22.H56-210531-0001" }, "idNumber", "idRequired", "Vui lòng nhập số giấy tờ."],
  ])("refuses %j with a catalog key on %s", (input, field, key, vietnamese) => {
    const result = lookupSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toBe(`validation.tracking.${key}`);
    expect(vi.tracking[key as keyof typeof vi.tracking]).toMatch(vietnamese);
  });
});
