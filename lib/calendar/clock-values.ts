/** The two spellings of a workflow-clock setting (PORTAL_NOW / PORTAL_CLOCK_OFFSET, or a clock file's content). */

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const OFFSET = /^([+-]?)(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/;
// An instant needs a date, a time and a zone: "2026-12-10T09:00:00+07:00" or "…Z".
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Reads "+3d", "-36h", "90m", "1500" (ms) as milliseconds; null when it is not an offset. */
export function parseClockOffset(value: string): number | null {
  const match = OFFSET.exec(value.trim());
  if (!match) return null;
  const ms = Number(match[2]) * UNIT_MS[match[3] ?? "ms"]!;
  return match[1] === "-" ? -ms : ms;
}

/** Reads an ISO instant with its zone; null otherwise. */
export function parseClockInstant(value: string): Date | null {
  const trimmed = value.trim();
  if (!INSTANT.test(trimmed)) return null;
  const at = new Date(trimmed);
  return Number.isNaN(at.getTime()) ? null : at;
}
