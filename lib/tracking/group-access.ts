import { formatVietnamDateTime } from "@/lib/calendar/format";

export interface AccessEntry {
  unitName: string;
  at: Date;
}

export interface AccessLine {
  /** The time as the citizen reads it (to the minute, Vietnam time). */
  when: string;
  unitName: string;
  /** How many openings by that unit in that minute. */
  count: number;
}

/**
 * The access log as the citizen reads it: openings by the same unit in the same minute, one after the
 * other, make one line with their count (an officer at work opens a dossier again after every step).
 */
export function groupAccessByMinute(entries: readonly AccessEntry[]): AccessLine[] {
  const lines: AccessLine[] = [];
  for (const entry of entries) {
    const when = formatVietnamDateTime(entry.at);
    const last = lines.at(-1);
    if (last && last.when === when && last.unitName === entry.unitName) last.count += 1;
    else lines.push({ when, unitName: entry.unitName, count: 1 });
  }
  return lines;
}
