import type { DatabaseOrTransaction } from "@/db/client";
import type { users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { accountKey, addressKey, releaseAttempt, reserveAttempt, throttleDelayMs } from "@/lib/auth/sign-in-throttle";
import { findUserByIdentifier } from "./find-user-by-identifier";

export type SignInResult =
  { ok: true; user: typeof users.$inferSelect } | { ok: false; reason: "invalid" } | { ok: false; reason: "locked"; lockedUntil: Date };

export interface SignInInput {
  identifier: string;
  password: string;
  clientAddress: string;
}

export interface SignInOptions {
  now?: () => Date;
  /** The growing server-side delay; tests pass a recorder instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks an identifier (email, CCCD or tax code) and password, throttled per account and per address
 * with counters in the database: slowed after a few failures, locked for 15 minutes after ten.
 * A locked account or address is refused before the password is even checked; a success gives back
 * only its own reserved attempt, so earlier failures keep counting until they are forgotten.
 */
export async function signInWithPassword(db: DatabaseOrTransaction, input: SignInInput, options: SignInOptions = {}): Promise<SignInResult> {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? wait;
  const user = await findUserByIdentifier(db, input.identifier);
  const keys = [addressKey(input.clientAddress || "unknown")];
  if (user) keys.push(accountKey(user.id));

  // The attempt is counted BEFORE the password is checked, in one statement per call (see sign-in-throttle).
  const reservation = await reserveAttempt(db, keys, now());
  if (!reservation.granted) return { ok: false, reason: "locked", lockedUntil: reservation.lockedUntil };
  const delay = throttleDelayMs(reservation.failures);
  if (delay > 0) await sleep(delay);

  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (user && passwordOk && !user.disabledAt) {
    await releaseAttempt(db, keys, now());
    return { ok: true, user };
  }
  if (reservation.lockedUntil) return { ok: false, reason: "locked", lockedUntil: reservation.lockedUntil };
  return { ok: false, reason: "invalid" };
}
