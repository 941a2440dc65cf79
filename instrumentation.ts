/**
 * Next's start-up hook: checks the workflow clock's configuration, then starts background jobs (draft
 * purge, email delivery, overdue scan) in the Node server process only — never in the Edge runtime and
 * never while `next build` collects pages.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // A wrong PORTAL_NOW / PORTAL_CLOCK_OFFSET / PORTAL_CLOCK_FILE (or one set in production) stops the start.
  const { checkWorkflowClock } = await import("./lib/calendar/check-workflow-clock");
  checkWorkflowClock();
  // Every other setting (TRUSTED_PROXY_HOPS among them) is checked now, not at the first request.
  const { loadConfig } = await import("./lib/config");
  loadConfig();
  if (process.env.PORTAL_BACKGROUND_JOBS === "off") return;
  const { startBackgroundJobs } = await import("./lib/tracking/start-background-jobs");
  startBackgroundJobs();
}
