import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The second e2e server (playwright.config.ts) runs the same build with its workflow clock read from
 * this file (PORTAL_CLOCK_FILE), so a journey moves "now" past a due date while the server runs.
 */
export const CLOCK_FILE = path.resolve(".data/e2e-clock/now");
export const clockPort = (mainPort: number) => mainPort + 1;
/** The clock server's address, next to the main e2e server's port (E2E_PORT, 3100 by default). */
export const CLOCK_SERVER_URL = `http://127.0.0.1:${clockPort(Number(process.env.E2E_PORT ?? 3100))}`;

/** Sets the clock server's "now": an offset from real time ("+30d") or an ISO instant; "" is real time. */
export function setClockServerNow(value: string) {
  mkdirSync(path.dirname(CLOCK_FILE), { recursive: true });
  writeFileSync(CLOCK_FILE, value);
}
