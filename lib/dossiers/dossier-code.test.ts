import { describe, expect, it } from "vitest";
import { formatDossierCode, parseDossierCode, receiptDay } from "./dossier-code";

describe("formatDossierCode", () => {
  it("joins the agency identifier, the receipt day in Vietnam and a 4-digit number", () => {
    expect(formatDossierCode("000.17.22.H56", new Date("2021-05-31T08:00:00+07:00"), 1)).toBe("000.17.22.H56-210531-0001");
    expect(formatDossierCode("000.01.22.H47", new Date("2024-03-01T10:00:00+07:00"), 9999)).toBe("000.01.22.H47-240301-9999");
  });

  it("takes the day in Vietnam, not in UTC", () => {
    // 23:30 UTC on 31/12 is already 1/1 in Vietnam.
    expect(receiptDay(new Date("2023-12-31T23:30:00Z"))).toBe("240101");
    expect(receiptDay(new Date("2024-01-01T16:59:59Z"))).toBe("240101");
    expect(receiptDay(new Date("2024-01-01T17:00:00Z"))).toBe("240102");
  });

  it.each([
    ["000.17.22", 1],
    ["000.01.22.H47", 0],
    ["000.01.22.H47", 10000],
    ["000.01.22.H47", 1.5],
  ])("refuses %s with number %s", (agency, n) => {
    expect(() => formatDossierCode(agency, new Date(), n)).toThrow();
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

  it("reads back what it formats", () => {
    const code = formatDossierCode("000.00.09.H47", new Date("2026-11-28T09:00:00+07:00"), 123);
    expect(parseDossierCode(code)).toEqual({ agencyId: "000.00.09.H47", day: "261128", dailyNumber: 123 });
  });
});
