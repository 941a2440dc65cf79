import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { authTokens } from "@/db/schema";

export type TokenPurpose = "verify-email" | "reset-password";

const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  "verify-email": 24 * 60 * 60 * 1000,
  "reset-password": 60 * 60 * 1000,
};

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A new single-use token for an emailed link. Only its SHA-256 is stored; earlier unused tokens of the same
 * purpose are spent, so only the latest link works.
 */
export async function issueAuthToken(db: DatabaseOrTransaction, userId: string, purpose: TokenPurpose, now: Date = new Date()): Promise<string> {
  await db
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)));
  const token = randomBytes(32).toString("base64url");
  await db.insert(authTokens).values({
    userId,
    purpose,
    tokenHash: hashToken(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
  });
  return token;
}

/** The user id of a valid token, marking it used in the same statement (a second use finds nothing). */
export async function consumeAuthToken(
  db: DatabaseOrTransaction,
  token: string,
  purpose: TokenPurpose,
  now: Date = new Date(),
): Promise<string | null> {
  if (!token || token.length > 200) return null;
  const [row] = await db
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)))
    .returning({ userId: authTokens.userId });
  return row?.userId ?? null;
}

/** Whether a token is still valid, without spending it (to show the reset form only for a live link). */
export async function isAuthTokenValid(db: DatabaseOrTransaction, token: string, purpose: TokenPurpose, now: Date = new Date()): Promise<boolean> {
  if (!token || token.length > 200) return false;
  const [row] = await db
    .select({ id: authTokens.id })
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)))
    .limit(1);
  return row !== undefined;
}
