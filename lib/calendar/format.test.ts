import { describe, expect, it } from "vitest";
import { formatVietnamDate, vietnamIsoDate } from "./format";

describe("dates as dd/mm/yyyy", () => {
  it("prints a stored date the Vietnamese way and leaves other text alone", () => {
    expect(formatVietnamDate("2026-11-25")).toBe("25/11/2026");
    expect(formatVietnamDate("25/11/2026")).toBe("25/11/2026");
    expect(formatVietnamDate("khoảng 2026-11")).toBe("khoảng 2026-11");
  });

  it("reads an instant's date in Vietnam, not in UTC", () => {
    // 18:30 UTC on 30 November is already 1 December in Vietnam.
    expect(formatVietnamDate(vietnamIsoDate(new Date("2026-11-30T18:30:00Z")))).toBe("01/12/2026");
    expect(vietnamIsoDate(new Date("2026-11-30T16:59:00Z"))).toBe("2026-11-30");
  });
});
