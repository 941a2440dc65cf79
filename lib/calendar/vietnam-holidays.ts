/**
 * Statutory public holidays (Labour Code 2019, art. 112) for 2023–2027, to seed the holidays table.
 * This is a starting point only: officers maintain the real table, because the government announces the
 * exact Tết days, the day adjacent to 2/9 and the compensatory days off (nghỉ bù) / swapped working days
 * every year, and none of the compensatory days are listed here.
 */
import { addLocalDays } from "./local-time";

export interface Holiday {
  /** YYYY-MM-DD */
  date: string;
  name: string;
}

interface LunarDates {
  /** Mùng 1 Tết (1/1 lunar) */
  tet: string;
  /** Giỗ Tổ Hùng Vương (10/3 lunar) */
  hungKings: string;
  /** The day next to 2/9 that is also off. */
  nationalDayAdjacent: string;
}

/**
 * 2023: 1/9 (with 2/9 on a Saturday); 2024: 3/9; 2025: 1/9 — as announced those years, to the best of
 * our knowledge. 2026 and 2027 had no confirmed announcement when this table was written, so 3/9 is a
 * placeholder that officers must check.
 */
const LUNAR_AND_ANNOUNCED: Record<number, LunarDates> = {
  2023: { tet: "2023-01-22", hungKings: "2023-04-29", nationalDayAdjacent: "2023-09-01" },
  2024: { tet: "2024-02-10", hungKings: "2024-04-18", nationalDayAdjacent: "2024-09-03" },
  2025: { tet: "2025-01-29", hungKings: "2025-04-07", nationalDayAdjacent: "2025-09-01" },
  2026: { tet: "2026-02-17", hungKings: "2026-04-26", nationalDayAdjacent: "2026-09-03" },
  2027: { tet: "2027-02-06", hungKings: "2027-04-16", nationalDayAdjacent: "2027-09-03" },
};

const FIRST_HOLIDAY_YEAR = 2023;
const LAST_HOLIDAY_YEAR = 2027;

/** The Labour Code's 5 Tết days: the last day of the lunar year (29 or 30 Tết) and mùng 1–4. */
function tetHolidays(tet: string): Holiday[] {
  return [
    { date: addLocalDays(tet, -1), name: "Tết Nguyên đán (ngày cuối năm âm lịch)" },
    ...[1, 2, 3, 4].map((day) => ({ date: addLocalDays(tet, day - 1), name: `Tết Nguyên đán (mùng ${day} Tết)` })),
  ];
}

function holidaysOf(year: number): Holiday[] {
  const lunar = LUNAR_AND_ANNOUNCED[year];
  if (!lunar) throw new RangeError(`No holiday table for ${year} (only ${FIRST_HOLIDAY_YEAR}–${LAST_HOLIDAY_YEAR})`);
  const holidays: Holiday[] = [
    { date: `${year}-01-01`, name: "Tết Dương lịch" },
    ...tetHolidays(lunar.tet),
    { date: lunar.hungKings, name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
    { date: `${year}-04-30`, name: "Ngày Giải phóng miền Nam, thống nhất đất nước" },
    { date: `${year}-05-01`, name: "Ngày Quốc tế Lao động" },
    { date: `${year}-09-02`, name: "Quốc khánh" },
    { date: lunar.nationalDayAdjacent, name: "Quốc khánh (ngày liền kề)" },
  ];
  return holidays.sort((a, b) => a.date.localeCompare(b.date));
}

export const HOLIDAYS_2023_2027: readonly Holiday[] = Object.freeze(Object.keys(LUNAR_AND_ANNOUNCED).flatMap((year) => holidaysOf(Number(year))));
