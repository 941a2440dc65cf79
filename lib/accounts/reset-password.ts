import { recordAudit } from "@/lib/admin/record-audit";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { consumeAuthToken } from "@/lib/auth/auth-tokens";
import { hashPassword } from "@/lib/auth/password";
import { revokeOtherSessions } from "@/lib/auth/session-store";
import { accountKey, clearFailures } from "@/lib/auth/sign-in-throttle";

/**
 * Sets a new password from a reset link: spends the token, signs the user out everywhere and lifts a
 * sign-in lock on the account. Returns the user's id, or null for a used, expired or unknown link.
 */
export async function resetPassword(db: Database, token: string, newPassword: string, now: Date = new Date()): Promise<string | null> {
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, token, "reset-password", now);
    if (!userId) return null;
    // The link proves the mailbox, so the email counts as verified too.
    await tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, updatedAt: now })
      .where(eq(users.id, userId));
    await revokeOtherSessions(tx, userId, null, now);
    await clearFailures(tx, accountKey(userId));
    const [user] = await tx.select({ fullName: users.fullName }).from(users).where(eq(users.id, userId));
    // No actor: whoever opened the emailed link.
    await recordAudit(tx, { actor: null, action: "account.reset-password", target: { id: userId, name: user?.fullName ?? "" }, at: now });
    return userId;
  });
}
