import { readFileSync } from "node:fs";

/**
 * The workflow clock's "now": the instant the status machine, the overdue scan, the officer queues and
 * the tracking pages treat as the present. Real time unless configured, for tests and demonstrations:
 *
 * - `PORTAL_NOW`: a fixed ISO instant (`2026-12-10T09:00:00+07:00`);
 * - `PORTAL_CLOCK_OFFSET`: an offset from real time (`+3d`, `-36h`, `+90m`, `+45s`, or milliseconds);
 * - `PORTAL_CLOCK_FILE`: a file holding either of them, read again on every call, so a test moves time
 *   while the server runs (a missing or empty file means real time).
 *
 * Sessions, sign-in codes, tokens and the job queue keep real time. Refused in production
 * (NODE_ENV=production) unless `PORTAL_CLOCK_IN_PRODUCTION=1`.
 */

type ClockSetting = { kind: "real" } | { kind: "fixed"; at: Date } | { kind: "offset"; ms: number };

type Env = Record<string, string | undefined>;

export class ClockConfigError extends Error {
  override name = "ClockConfigError";
}

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

/** An instant or an offset (the content of PORTAL_CLOCK_FILE); empty means real time. */
function parseClockSetting(value: string, source: string): ClockSetting {
  if (value.trim() === "") return { kind: "real" };
  const at = parseClockInstant(value);
  if (at) return { kind: "fixed", at };
  const ms = parseClockOffset(value);
  if (ms !== null) return { kind: "offset", ms };
  throw new ClockConfigError(
    `${source} không hợp lệ: "${value.trim()}". Dùng một thời điểm ISO có múi giờ (2026-12-10T09:00:00+07:00) hoặc một độ lệch (+3d, -36h, +90m, 1500).`,
  );
}

function readClockFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "";
    throw new ClockConfigError(`Không đọc được PORTAL_CLOCK_FILE (${file}): ${(error as Error).message}`);
  }
}

/** The clock setting of this environment; throws ClockConfigError with a clear message when it is wrong. */
export function readClockSetting(env: Env = process.env): ClockSetting {
  const configured = (["PORTAL_NOW", "PORTAL_CLOCK_OFFSET", "PORTAL_CLOCK_FILE"] as const).filter((name) => env[name]?.trim());
  if (configured.length === 0) return { kind: "real" };
  if (configured.length > 1) throw new ClockConfigError(`Chỉ đặt một trong ${configured.join(", ")}.`);
  if (env.NODE_ENV === "production" && env.PORTAL_CLOCK_IN_PRODUCTION !== "1") {
    throw new ClockConfigError(
      `${configured[0]} dời đồng hồ xử lý hồ sơ và chỉ dùng khi kiểm thử; không được đặt trong môi trường production (đặt PORTAL_CLOCK_IN_PRODUCTION=1 nếu thật sự cần).`,
    );
  }
  const name = configured[0]!;
  const value = env[name]!;
  if (name === "PORTAL_NOW") {
    const at = parseClockInstant(value);
    if (!at) throw new ClockConfigError(`PORTAL_NOW không hợp lệ: "${value}". Dùng một thời điểm ISO có múi giờ, ví dụ 2026-12-10T09:00:00+07:00.`);
    return { kind: "fixed", at };
  }
  if (name === "PORTAL_CLOCK_OFFSET") {
    const ms = parseClockOffset(value);
    if (ms === null) throw new ClockConfigError(`PORTAL_CLOCK_OFFSET không hợp lệ: "${value}". Dùng +3d, -36h, +90m, +45s hoặc số mili giây.`);
    return { kind: "offset", ms };
  }
  return parseClockSetting(readClockFile(value), `Nội dung của PORTAL_CLOCK_FILE (${value})`);
}

/** The instant a setting gives at real time `real`. */
function clockTime(setting: ClockSetting, real: number): Date {
  if (setting.kind === "fixed") return new Date(setting.at);
  return new Date(setting.kind === "offset" ? real + setting.ms : real);
}

/** The workflow's "now" (real time unless configured, see above). */
export function workflowNow(env: Env = process.env): Date {
  return clockTime(readClockSetting(env), Date.now());
}
