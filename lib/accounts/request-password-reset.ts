import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { sendAccountLink } from "./send-account-link";

/** At most this many reset emails per address per hour (more requests are answered the same, silently). */
const RESET_EMAILS_PER_HOUR = 5;

/**
 * Emails a password-reset link (1 h, single use) when the address belongs to an active account.
 * The caller answers the same either way, so the page reveals nothing about who has an account.
 */
export async function requestPasswordReset(db: Database, email: string, now: Date = new Date()): Promise<void> {
  const [user] = await db
    .select({ id: users.id, email: users.email, fullName: users.fullName, locale: users.locale })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.disabledAt)))
    .limit(1);
  if (!user) return;
  const limit = await consumeRateLimit(db, `reset:email:${user.id}`, { windowMs: 60 * 60 * 1000, limit: RESET_EMAILS_PER_HOUR }, now);
  if (!limit.allowed) return;
  await db.transaction((tx) => sendAccountLink(tx, user, "reset-password", now));
}
