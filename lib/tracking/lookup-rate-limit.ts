import type { DatabaseOrTransaction } from "@/db/client";
import { serverEnv } from "@/lib/config";
import { consumeRateLimit, type RateLimitResult } from "@/lib/security/rate-limit";

/** Lookups per client address per window: LOOKUP_RATE_LIMIT (default 20) per 5 minutes. */
function lookupRule() {
  return { windowMs: 5 * 60_000, limit: serverEnv().LOOKUP_RATE_LIMIT };
}

/** Counts one lookup by this client address (shared by the page and the API, across app instances). */
export function consumeLookupAllowance(db: DatabaseOrTransaction, clientAddress: string, now?: Date): Promise<RateLimitResult> {
  return consumeRateLimit(db, `lookup:ip:${clientAddress}`, lookupRule(), now);
}
