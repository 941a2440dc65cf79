import { ClockConfigError, readClockSetting } from "./workflow-now";

/**
 * Stops the server process when the workflow clock is misconfigured (a malformed value, or one set in
 * production without PORTAL_CLOCK_IN_PRODUCTION=1): a server that cannot tell the time must not serve.
 */
export function checkWorkflowClock(env: Record<string, string | undefined> = process.env): void {
  try {
    readClockSetting(env);
  } catch (error) {
    if (!(error instanceof ClockConfigError)) throw error;
    console.error(`Không khởi động được: ${error.message}`);
    process.exit(1);
  }
}
