import { describe, expect, it } from "vitest";
import { lastTwelveMonths, monthPeriod, monthsOf, partialMonths, quarterPeriod, rangePeriod, yearPeriod, isValidDate } from "./period";

describe("report periods", () => {
  it("are whole local days with an exclusive end", () => {
    expect(yearPeriod(2023)).toEqual({ from: "2023-01-01", to: "2023-12-31", end: "2024-01-01" });
    expect(quarterPeriod(2024, 1)).toEqual({ from: "2024-01-01", to: "2024-03-31", end: "2024-04-01" });
    expect(monthPeriod(2024, 2)).toEqual({ from: "2024-02-01", to: "2024-02-29", end: "2024-03-01" });
    expect(monthPeriod(2023, 12).end).toBe("2024-01-01");
  });

  it("name the months a range cuts (read day by day) and every month it touches", () => {
    expect(partialMonths(yearPeriod(2023))).toEqual([]);
    expect(partialMonths(rangePeriod("2023-03-05", "2023-03-10"))).toEqual(["2023-03-01"]);
    expect(partialMonths(rangePeriod("2023-01-15", "2023-03-14"))).toEqual(["2023-01-01", "2023-03-01"]);
    expect(partialMonths(rangePeriod("2023-01-01", "2023-03-14"))).toEqual(["2023-03-01"]);
    expect(monthsOf(rangePeriod("2023-11-20", "2024-02-03"))).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
  });

  it("gives the twelve months up to today and rejects impossible dates", () => {
    expect(lastTwelveMonths("2026-12-05")).toEqual({ from: "2026-01-01", to: "2026-12-05", end: "2026-12-06" });
    expect(isValidDate("2023-02-29")).toBe(false);
    expect(isValidDate("2024-02-29")).toBe(true);
    expect(isValidDate("2024-2-9")).toBe(false);
  });
});
