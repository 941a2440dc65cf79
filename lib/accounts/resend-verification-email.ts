import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { sendAccountLink } from "./send-account-link";

/** Sends a fresh verification link to an unverified address (at most 5 an hour; earlier links stop working). */
export async function resendVerificationEmail(db: Database, userId: string, now: Date = new Date()): Promise<boolean> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user || user.emailVerifiedAt) return false;
  const limit = await consumeRateLimit(db, `verify:email:${userId}`, { windowMs: 60 * 60 * 1000, limit: 5 }, now);
  if (!limit.allowed) return false;
  await db.transaction((tx) => sendAccountLink(tx, user, "verify-email", now));
  return true;
}
