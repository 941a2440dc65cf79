import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { users } from "@/db/schema";
import { generateTotpSecret, verifyTotp } from "@/lib/security/totp";
import { releaseAttempt, reserveAttempt } from "./sign-in-throttle";
import { completeSecondFactor } from "./session-store";

/** The officer's TOTP secret, made on first sign-in (not yet confirmed until a first code matches). */
export async function ensureTotpSecret(db: DatabaseOrTransaction, userId: string): Promise<{ secret: string; confirmed: boolean }> {
  const [user] = await db.select({ secret: users.totpSecret, confirmedAt: users.totpConfirmedAt }).from(users).where(eq(users.id, userId));
  if (user?.secret) return { secret: user.secret, confirmed: user.confirmedAt !== null };
  const secret = generateTotpSecret();
  await db.update(users).set({ totpSecret: secret }).where(eq(users.id, userId));
  return { secret, confirmed: false };
}

export type SecondFactorOutcome = "ok" | "wrong" | "reused" | "locked";

/**
 * Wrong authenticator codes are counted per officer, apart from wrong passwords: a password sign-in clears
 * those, and must not give someone who knows the password fresh guesses at the code. The tenth wrong code
 * within the throttle's window locks the second step for its lock time (SIGN_IN_THROTTLE).
 */
export function secondFactorKey(userId: string): string {
  return `totp:account:${userId}`;
}

/**
 * Checks the authenticator code for a signed-in officer's session: a code is accepted once (the last
 * accepted time step is kept; a reused code is not a wrong one), the first one confirms the setup, and the
 * session becomes complete.
 *
 * Both halves hold under concurrency: the attempt is reserved on the wrong-code counter before the code is
 * checked (sign-in-throttle), and the time step is spent by one conditional update (`last step < this
 * step`), so of several sessions presenting the same code at once exactly one gets through.
 */
export async function verifySecondFactor(
  db: DatabaseOrTransaction,
  input: { userId: string; sessionId: string; code: string; now?: Date },
): Promise<SecondFactorOutcome> {
  const now = input.now ?? new Date();
  const [user] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!user?.totpSecret) return "wrong";
  const key = [secondFactorKey(user.id)];
  const reservation = await reserveAttempt(db, key, now);
  if (!reservation.granted) return "locked";
  const step = verifyTotp(user.totpSecret, input.code, now);
  if (step === null) return reservation.lockedUntil ? "locked" : "wrong";
  // A right code, used or not, is no wrong guess: its reserved place is given back.
  await releaseAttempt(db, key, now);
  const [spent] = await db
    .update(users)
    .set({ totpLastStep: step, totpConfirmedAt: sql`coalesce(${users.totpConfirmedAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  if (!spent) return "reused";
  await completeSecondFactor(db, input.sessionId, now);
  return "ok";
}
