import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { consumeAuthToken } from "@/lib/auth/auth-tokens";

/** Spends a verification link and marks the user's email verified; false for a used, expired or unknown link. */
export async function verifyEmail(db: Database, token: string, now: Date = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, token, "verify-email", now);
    if (!userId) return false;
    await tx.update(users).set({ emailVerifiedAt: now, updatedAt: now }).where(eq(users.id, userId));
    return true;
  });
}
