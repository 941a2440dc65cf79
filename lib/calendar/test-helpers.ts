/** Shared by the calendar tests: readable local-time strings and a calendar with the seeded holidays. */
import { createCalendar } from "./calendar";
import { toLocalDateTime } from "./local-time";
import { HOLIDAYS_2023_2027 } from "./vietnam-holidays";

export const calendar = createCalendar(HOLIDAYS_2023_2027.map((holiday) => holiday.date));

/** An instant as "YYYY-MM-DDThh:mm:ss+07:00", so failures read like the expected values. */
export function vn(instant: Date): string {
  const { date, msOfDay } = toLocalDateTime(instant, "Asia/Ho_Chi_Minh");
  return `${date}T${new Date(msOfDay).toISOString().slice(11, 19)}+07:00`;
}

export const at = (iso: string): Date => new Date(iso);
