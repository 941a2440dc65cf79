import { toLocalDateTime, MS_PER_MINUTE } from "./local-time";

const pad2 = (n: number) => String(n).padStart(2, "0");

/** "hh:mm dd/mm/yyyy" (24-hour) in Vietnam, the way receipt slips print times (Circular 01/2018). */
export function formatVietnamDateTime(instant: Date): string {
  const { date, msOfDay } = toLocalDateTime(instant, "Asia/Ho_Chi_Minh");
  const minutes = Math.floor(msOfDay / MS_PER_MINUTE);
  const [year, month, day] = date.split("-");
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)} ${day}/${month}/${year}`;
}

/** "dd/mm/yyyy" in Vietnam: an instant's date, the way notices and pages print dates. */
export function formatVietnamDate(instant: Date): string {
  return formatIsoDate(toLocalDateTime(instant, "Asia/Ho_Chi_Minh").date);
}

/** A calendar date stored as yyyy-mm-dd (a signing date, a form's date answer) as dd/mm/yyyy; other text as it is. */
export function formatIsoDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

/** Today's date in Vietnam as yyyy-mm-dd (the value of a date field). */
export function vietnamIsoDate(instant: Date): string {
  return toLocalDateTime(instant, "Asia/Ho_Chi_Minh").date;
}
