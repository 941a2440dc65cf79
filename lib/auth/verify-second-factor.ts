import { eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { users } from "@/db/schema";
import { generateTotpSecret, verifyTotp } from "@/lib/security/totp";
import { completeSecondFactor } from "./session-store";

/** The officer's TOTP secret, made on first sign-in (not yet confirmed until a first code matches). */
export async function ensureTotpSecret(db: DatabaseOrTransaction, userId: string): Promise<{ secret: string; confirmed: boolean }> {
  const [user] = await db.select({ secret: users.totpSecret, confirmedAt: users.totpConfirmedAt }).from(users).where(eq(users.id, userId));
  if (user?.secret) return { secret: user.secret, confirmed: user.confirmedAt !== null };
  const secret = generateTotpSecret();
  await db.update(users).set({ totpSecret: secret }).where(eq(users.id, userId));
  return { secret, confirmed: false };
}

/**
 * Checks the authenticator code for a signed-in officer's session: a code is accepted once (the last
 * accepted time step is kept), the first one confirms the setup, and the session becomes complete.
 */
export async function verifySecondFactor(db: DatabaseOrTransaction, input: { userId: string; sessionId: string; code: string; now?: Date }): Promise<boolean> {
  const [user] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!user?.totpSecret) return false;
  const step = verifyTotp(user.totpSecret, input.code, input.now ?? new Date());
  if (step === null || (user.totpLastStep !== null && step <= user.totpLastStep)) return false;
  await db
    .update(users)
    .set({ totpLastStep: step, totpConfirmedAt: user.totpConfirmedAt ?? new Date() })
    .where(eq(users.id, user.id));
  await completeSecondFactor(db, input.sessionId);
  return true;
}
