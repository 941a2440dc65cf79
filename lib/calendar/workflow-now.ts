import { readFileSync } from "node:fs";
import { serverEnv, type ServerEnv } from "@/lib/config";
import { parseClockInstant, parseClockOffset } from "./clock-values";

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
 * (NODE_ENV=production) unless `PORTAL_CLOCK_IN_PRODUCTION=1` (lib/config.ts checks that at start).
 */

type ClockSetting = { kind: "real" } | { kind: "fixed"; at: Date } | { kind: "offset"; ms: number };

type ClockEnv = Pick<ServerEnv, "PORTAL_NOW" | "PORTAL_CLOCK_OFFSET" | "PORTAL_CLOCK_FILE">;

class ClockConfigError extends Error {
  override name = "ClockConfigError";
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

/**
 * The clock setting of this configuration (lib/config.ts has already refused malformed values, two
 * settings at once, and a setting in production); only the clock file's content is checked here, as it
 * may change while the server runs — a bad content throws ClockConfigError.
 */
export function readClockSetting(env: ClockEnv = serverEnv()): ClockSetting {
  if (env.PORTAL_NOW) return { kind: "fixed", at: parseClockInstant(env.PORTAL_NOW)! };
  if (env.PORTAL_CLOCK_OFFSET) return { kind: "offset", ms: parseClockOffset(env.PORTAL_CLOCK_OFFSET)! };
  if (env.PORTAL_CLOCK_FILE)
    return parseClockSetting(readClockFile(env.PORTAL_CLOCK_FILE), `Nội dung của PORTAL_CLOCK_FILE (${env.PORTAL_CLOCK_FILE})`);
  return { kind: "real" };
}

/** The instant a setting gives at real time `real`. */
function clockTime(setting: ClockSetting, real: number): Date {
  if (setting.kind === "fixed") return new Date(setting.at);
  return new Date(setting.kind === "offset" ? real + setting.ms : real);
}

/** The workflow's "now" (real time unless configured, see above). */
export function workflowNow(env: ClockEnv = serverEnv()): Date {
  return clockTime(readClockSetting(env), Date.now());
}
