/**
 * Next's start-up hook: background jobs (draft purge, email delivery) in the Node server process only —
 * never in the Edge runtime and never while `next build` collects pages.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.PORTAL_BACKGROUND_JOBS === "off") return;
  const { startBackgroundJobs } = await import("./lib/tracking/start-background-jobs");
  startBackgroundJobs();
}
