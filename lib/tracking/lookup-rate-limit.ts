import type { DatabaseOrTransaction } from "@/db/client";
import { consumeRateLimit, type RateLimitResult } from "@/lib/security/rate-limit";

/** Lookups per client address per window: LOOKUP_RATE_LIMIT (default 20) per 5 minutes. */
export function lookupRule() {
  const limit = Number(process.env.LOOKUP_RATE_LIMIT);
  return { windowMs: 5 * 60_000, limit: Number.isInteger(limit) && limit > 0 ? limit : 20 };
}

/** Counts one lookup by this client address (shared by the page and the API, across app instances). */
export function consumeLookupAllowance(db: DatabaseOrTransaction, clientAddress: string, now?: Date): Promise<RateLimitResult> {
  return consumeRateLimit(db, `lookup:ip:${clientAddress}`, lookupRule(), now);
}
