import { describe, expect, it } from "vitest";
import { cccdBirthYear, checkCccd, isIsoDate, isStrongPassword, isTaxCode, normalizeMobilePhone } from "./identity-rules";

describe("CCCD", () => {
  it.each([
    ["049090012345", null],
    ["001203000001", null],
    ["096199999999", null],
    ["04909001234", "format"],
    ["0490900123456", "format"],
    ["04909001234a", "format"],
    ["000090012345", "province"],
    ["003090012345", "province"],
    ["097090012345", "province"],
    ["100090012345", "province"],
  ] as const)("%s → %s", (value, problem) => {
    expect(checkCccd(value)).toBe(problem);
  });

  it.each([
    ["049090012345", 1990],
    ["049190012345", 1990],
    ["049205012345", 2005],
    ["049305012345", 2005],
    ["049400012345", 2100],
  ])("%s encodes the birth year %i", (value, year) => {
    expect(cccdBirthYear(value)).toBe(year);
  });
});

describe("tax code", () => {
  it.each(["4000123456", "4000123456-001"])("accepts %s", (value) => expect(isTaxCode(value)).toBe(true));
  it.each(["400012345", "40001234567", "4000123456-01", "4000123456001", "4000123456_001", "A000123456"])("refuses %s", (value) =>
    expect(isTaxCode(value)).toBe(false),
  );
});

describe("mobile phone", () => {
  it.each([
    ["0905123456", "0905123456"],
    ["0905 123 456", "0905123456"],
    ["+84 905 123 456", "0905123456"],
    ["84905123456", "0905123456"],
    ["0385.123.456", "0385123456"],
  ])("%s → %s", (raw, national) => expect(normalizeMobilePhone(raw)).toBe(national));
  it.each(["0235123456", "0105123456", "090512345", "09051234567", "phone"])("refuses %s", (raw) => expect(normalizeMobilePhone(raw)).toBeNull());
});

describe("dates and passwords", () => {
  it("checks real calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("15/05/1990")).toBe(false);
  });
  it("wants lower case, upper case and a digit", () => {
    expect(isStrongPassword("CongDan@2024")).toBe(true);
    expect(isStrongPassword("ĐàNẵng2024")).toBe(true);
    expect(isStrongPassword("congdan2024")).toBe(false);
    expect(isStrongPassword("CONGDAN2024")).toBe(false);
    expect(isStrongPassword("CongDanABC")).toBe(false);
  });
});
