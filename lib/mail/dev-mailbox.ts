import { serverEnv, type ServerEnv } from "@/lib/config";

/** The development mailbox (/dev/hop-thu) is on outside production, or when DEV_MAILBOX=1 asks for it. */
export function devMailboxEnabled(env: Pick<ServerEnv, "NODE_ENV" | "DEV_MAILBOX"> = serverEnv()): boolean {
  return env.NODE_ENV !== "production" || env.DEV_MAILBOX === "1";
}
