import { describe, expect, it } from "vitest";
import { parseDossierCode, receiptDay } from "./dossier-code";

describe("receiptDay", () => {
  it("takes the day in Vietnam, not in UTC", () => {
    // 23:30 UTC on 31/12 is already 1/1 in Vietnam.
    expect(receiptDay(new Date("2023-12-31T23:30:00Z"))).toBe("240101");
    expect(receiptDay(new Date("2024-01-01T16:59:59Z"))).toBe("240101");
    expect(receiptDay(new Date("2024-01-01T17:00:00Z"))).toBe("240102");
  });
});

describe("parseDossierCode", () => {
  it("reads a code, tolerating spaces and case", () => {
    expect(parseDossierCode(" 000.01.22.h47-240301-0042 ")).toEqual({ agencyId: "000.01.22.H47", day: "240301", dailyNumber: 42 });
  });

  it.each(["", "000.01.22.H47-240301-42", "000.01.22.H47-241301-0001", "000.01.22.H47-240300-0001", "000.01.22.H47-240301-0000", "x"])(
    "rejects %j",
    (input) => {
      expect(parseDossierCode(input)).toBeNull();
    },
  );

  it("reads a code as the portal writes it (agency, receipt day, 4-digit number)", () => {
    expect(parseDossierCode(`000.00.09.H47-${receiptDay(new Date("2026-11-28T09:00:00+07:00"))}-0123`)).toEqual({
      agencyId: "000.00.09.H47",
      day: "261128",
      dailyNumber: 123,
    });
  });
});
