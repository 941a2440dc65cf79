import { describe, expect, it } from "vitest";
import { publishedPeriod } from "./published-period";

describe("publishedPeriod", () => {
  it("ends today when this month has dossiers", () => {
    expect(publishedPeriod("2024-05-17", "2024-05-01")).toEqual({ from: "2023-06-01", to: "2024-05-17", end: "2024-05-18" });
  });

  it("ends today when there are no dossiers at all", () => {
    expect(publishedPeriod("2026-12-06", null)).toEqual({ from: "2026-01-01", to: "2026-12-06", end: "2026-12-07" });
  });

  it("ends with the latest month that has dossiers when that lies further back", () => {
    expect(publishedPeriod("2026-12-06", "2023-12-01")).toEqual({ from: "2023-01-01", to: "2023-12-31", end: "2024-01-01" });
    expect(publishedPeriod("2024-03-10", "2024-02-01")).toEqual({ from: "2023-03-01", to: "2024-02-29", end: "2024-03-01" });
  });
});
