import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, ne } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { sessions, users } from "@/db/schema";

export const SESSION_DAYS = 14;

export async function createSession(
  db: DatabaseOrTransaction,
  userId: string,
  meta: { userAgent?: string; ipAddress?: string; secondFactor?: boolean; now?: Date } = {},
): Promise<string> {
  const now = meta.now ?? new Date();
  const id = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    id,
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000),
    secondFactorAt: meta.secondFactor ? now : null,
    userAgent: (meta.userAgent ?? "").slice(0, 300),
    ipAddress: (meta.ipAddress ?? "").slice(0, 100),
  });
  return id;
}

/** The live session and its user: not revoked, not expired, the account not disabled. */
export async function findLiveSession(db: DatabaseOrTransaction, sessionId: string, now: Date = new Date()) {
  if (!sessionId || sessionId.length > 100) return null;
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), isNull(users.disabledAt)));
  return row ?? null;
}

export async function revokeSession(db: DatabaseOrTransaction, sessionId: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: new Date() }).where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** After a password change or reset: every other session of the user ends. */
export async function revokeOtherSessions(db: DatabaseOrTransaction, userId: string, keepSessionId: string | null): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), keepSessionId ? ne(sessions.id, keepSessionId) : undefined));
}

export async function completeSecondFactor(db: DatabaseOrTransaction, sessionId: string): Promise<void> {
  await db.update(sessions).set({ secondFactorAt: new Date() }).where(eq(sessions.id, sessionId));
}
