import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { prepareOnce } from "@/db/prepared";
import { sessions, users } from "@/db/schema";

/** How long a session lasts from sign-in (absolute; a new sign-in starts a new one). */
export const SESSION_MAX_AGE_SECONDS = 24 * 60 * 60;

export interface SessionMeta {
  userAgent?: string;
  ipAddress?: string;
}

export async function createSession(db: DatabaseOrTransaction, userId: string, meta: SessionMeta = {}, now: Date = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    id,
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
    userAgent: (meta.userAgent ?? "").slice(0, 500),
    ipAddress: (meta.ipAddress ?? "").slice(0, 100),
  });
  return id;
}

/** The live session row with its user (prepared: it runs on every signed-in request). */
function liveSessionQuery(db: DatabaseOrTransaction) {
  return prepareOnce(db, "live_session", (d) =>
    d
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(
        and(
          eq(sessions.id, sql.placeholder("sessionId")),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, sql.placeholder("now")),
          isNull(users.disabledAt),
        ),
      )
      .limit(1)
      .prepare("live_session"),
  );
}

export async function revokeSession(db: DatabaseOrTransaction, sessionId: string, now: Date = new Date()): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Revokes every session of the user except `keepSessionId` (the one that changed the password, if any). */
export async function revokeOtherSessions(
  db: DatabaseOrTransaction,
  userId: string,
  keepSessionId: string | null,
  now: Date = new Date(),
): Promise<void> {
  const conditions = [eq(sessions.userId, userId), isNull(sessions.revokedAt)];
  if (keepSessionId) conditions.push(ne(sessions.id, keepSessionId));
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(...conditions));
}

/**
 * The live session row with its user: neither revoked nor expired, and the account not disabled; else null
 * (every signed-in request, lib/auth/current-user.ts; the officer's second-factor state is on the row).
 */
export async function findLiveSession(db: DatabaseOrTransaction, sessionId: string, now: Date = new Date()) {
  const [row] = await liveSessionQuery(db).execute({ sessionId, now: now.toISOString() });
  return row ?? null;
}

/** The officer entered a valid authenticator code: the session becomes complete. */
export async function completeSecondFactor(db: DatabaseOrTransaction, sessionId: string, now: Date = new Date()): Promise<void> {
  await db.update(sessions).set({ secondFactorAt: now }).where(eq(sessions.id, sessionId));
}
