import { toLocalDateTime } from "@/lib/calendar/local-time";

/**
 * The dossier code (mã hồ sơ), docs/domain.md#codes: `{agency identifier}-{yyMMdd}-{NNNN}`, e.g.
 * `000.17.22.H56-210531-0001`. The running number restarts every day for each agency; the date is the
 * receipt date in Vietnam's time zone. Uniqueness under concurrency is the database's job (a per-agency,
 * per-day counter row taken with a lock, lib/dossiers/insert-dossier.ts, which writes the code in SQL from
 * `receiptDay`); this module reads codes.
 */

const CODE = /^([0-9]{3}\.[0-9]{2}\.[0-9]{2}\.H[0-9]{2})-([0-9]{2})([0-9]{2})([0-9]{2})-([0-9]{4})$/;
export const MAX_DAILY_NUMBER = 9999;

/** yyMMdd of an instant as a date in Vietnam (UTC+7, no daylight saving). */
export function receiptDay(instant: Date): string {
  const { date } = toLocalDateTime(instant, "Asia/Ho_Chi_Minh");
  return date.slice(2).replaceAll("-", "");
}

export interface DossierCodeParts {
  agencyId: string;
  /** yyMMdd */
  day: string;
  dailyNumber: number;
}

/** Reads a code typed by a citizen (spaces trimmed, any case); null when it is not a dossier code. */
export function parseDossierCode(input: string): DossierCodeParts | null {
  const match = CODE.exec(input.trim().toUpperCase());
  if (!match) return null;
  const [, agencyId, yy, mm, dd, number] = match;
  const month = Number(mm);
  const day = Number(dd);
  const dailyNumber = Number(number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || dailyNumber < 1) return null;
  return { agencyId: agencyId ?? "", day: `${yy}${mm}${dd}`, dailyNumber };
}
