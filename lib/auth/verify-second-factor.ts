import { eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { users } from "@/db/schema";
import { generateTotpSecret, verifyTotp } from "@/lib/security/totp";
import { clearFailures, readThrottle, recordFailure } from "./sign-in-throttle";
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
 */
export async function verifySecondFactor(db: DatabaseOrTransaction, input: { userId: string; sessionId: string; code: string; now?: Date }): Promise<SecondFactorOutcome> {
  const now = input.now ?? new Date();
  const [user] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!user?.totpSecret) return "wrong";
  const key = secondFactorKey(user.id);
  if ((await readThrottle(db, [key], now)).lockedUntil) return "locked";
  const step = verifyTotp(user.totpSecret, input.code, now);
  if (step === null) return (await recordFailure(db, [key], now)).lockedUntil ? "locked" : "wrong";
  if (user.totpLastStep !== null && step <= user.totpLastStep) return "reused";
  await db
    .update(users)
    .set({ totpLastStep: step, totpConfirmedAt: user.totpConfirmedAt ?? now })
    .where(eq(users.id, user.id));
  await completeSecondFactor(db, input.sessionId);
  await clearFailures(db, key);
  return "ok";
}
