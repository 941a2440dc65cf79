/**
 * Next's start-up hook: checks the configuration (lib/config.ts: a bad value stops the server with a
 * message naming the variable), then starts background jobs (draft purge, email delivery, overdue scan)
 * in the Node server process only — never in the Edge runtime and never while `next build` collects pages.
 * NEXT_RUNTIME and NEXT_PHASE are Next's own variables, read before any module of ours is loaded.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { exitOnInvalidConfig, serverEnv } = await import("./lib/config");
  exitOnInvalidConfig();
  if (serverEnv().PORTAL_BACKGROUND_JOBS === "off") return;
  const { startBackgroundJobs } = await import("./lib/jobs/start-background-jobs");
  startBackgroundJobs();
}
