import { toLocalDateTime, MS_PER_MINUTE } from "./local-time";

const pad2 = (n: number) => String(n).padStart(2, "0");

/** "hh:mm dd/mm/yyyy" (24-hour) in Vietnam, the way receipt slips print times (Circular 01/2018). */
export function formatVietnamDateTime(instant: Date): string {
  const { date, msOfDay } = toLocalDateTime(instant, "Asia/Ho_Chi_Minh");
  const minutes = Math.floor(msOfDay / MS_PER_MINUTE);
  const [year, month, day] = date.split("-");
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)} ${day}/${month}/${year}`;
}

/** "dd/mm/yyyy" from a calendar day "yyyy-mm-dd" (a signing date, a date of birth); anything else as given. */
export function formatVietnamDate(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day;
}

/** Today's date in Vietnam as yyyy-mm-dd (the value of a date field). */
export function vietnamIsoDate(instant: Date): string {
  return toLocalDateTime(instant, "Asia/Ho_Chi_Minh").date;
}
