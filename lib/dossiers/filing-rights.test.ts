import { describe, expect, it } from "vitest";
import { filingRefusal } from "./filing-rights";

describe("filingRefusal", () => {
  // Written out cell by cell: account kind × audience → refusal.
  it.each([
    ["citizen", "cong-dan", null],
    ["citizen", "ca-hai", null],
    ["citizen", "doanh-nghiep", "businesses_only"],
    ["business", "doanh-nghiep", null],
    ["business", "ca-hai", null],
    ["business", "cong-dan", "citizens_only"],
    ["officer", "cong-dan", "officer"],
    ["officer", "doanh-nghiep", "officer"],
    ["officer", "ca-hai", "officer"],
    ["", "ca-hai", "officer"],
  ])("%s filing a %s service → %s", (kind, audience, expected) => {
    expect(filingRefusal(kind, audience)).toBe(expected);
  });
});
