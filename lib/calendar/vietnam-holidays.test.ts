import { describe, expect, it } from "vitest";
import { HOLIDAYS_2023_2027 } from "./vietnam-holidays";

const vietnamHolidays = (year: number) => HOLIDAYS_2023_2027.filter((holiday) => holiday.date.startsWith(`${year}-`)).map((holiday) => holiday.date);

describe("the holidays of one year", () => {
  it("lists 2024 in date order", () => {
    expect(vietnamHolidays(2024)).toEqual([
      "2024-01-01",
      "2024-02-09",
      "2024-02-10",
      "2024-02-11",
      "2024-02-12",
      "2024-02-13",
      "2024-04-18",
      "2024-04-30",
      "2024-05-01",
      "2024-09-02",
      "2024-09-03",
    ]);
  });

  it.each([
    [2023, "2023-01-21", "2023-01-25", "2023-04-29", "2023-09-01"],
    [2024, "2024-02-09", "2024-02-13", "2024-04-18", "2024-09-03"],
    [2025, "2025-01-28", "2025-02-01", "2025-04-07", "2025-09-01"],
    [2026, "2026-02-16", "2026-02-20", "2026-04-26", "2026-09-03"],
    [2027, "2027-02-05", "2027-02-09", "2027-04-16", "2027-09-03"],
  ])("%s: Tết %s–%s, Giỗ Tổ %s, 2/9 with %s", (year, tetFirst, tetLast, hungKings, adjacent) => {
    const dates = vietnamHolidays(year);
    expect(dates).toHaveLength(11);
    expect(new Set(dates).size).toBe(11);
    expect(dates.every((date) => date.startsWith(`${year}-`))).toBe(true);
    const tetStart = dates.indexOf(tetFirst);
    expect(dates.slice(tetStart, tetStart + 5).at(-1)).toBe(tetLast);
    expect(dates).toEqual(expect.arrayContaining([`${year}-01-01`, hungKings, `${year}-04-30`, `${year}-05-01`, `${year}-09-02`, adjacent]));
  });

  it.each([2022, 2028])("has no day in %s, which is not in the table", (year) => {
    expect(vietnamHolidays(year)).toEqual([]);
  });
});

describe("HOLIDAYS_2023_2027", () => {
  it("holds all 55 days, once each, in order, each with a Vietnamese name", () => {
    const dates = HOLIDAYS_2023_2027.map((holiday) => holiday.date);
    expect(dates).toHaveLength(55);
    expect(new Set(dates).size).toBe(55);
    expect([...dates].sort()).toEqual(dates);
    expect(HOLIDAYS_2023_2027.every((holiday) => holiday.name.trim().length > 0)).toBe(true);
    expect(HOLIDAYS_2023_2027.find((holiday) => holiday.date === "2024-02-10")?.name).toBe("Tết Nguyên đán (mùng 1 Tết)");
  });
});
