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

/**
 * The client's address from the request headers. The right-most X-Forwarded-For entry is the one added by
 * the nearest proxy (Next's own server or the reverse proxy in front of it); entries to its left are
 * whatever the client sent, so they are not trusted.
 */
export function clientAddressOf(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).pop();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}
