/** The development mailbox (/dev/hop-thu) is on outside production, or when DEV_MAILBOX=1 asks for it. */
export function devMailboxEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV !== "production" || env.DEV_MAILBOX === "1";
}
