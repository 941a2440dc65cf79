import { eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { users } from "@/db/schema";
import { decoyHash, verifyPassword } from "./password";
import { clearFailures, readThrottle, recordFailure, throttleKeys } from "./sign-in-throttle";

export type User = typeof users.$inferSelect;

/** Email, CCCD (12 digits) or tax code (10 digits, or 10-3 for a branch) — one field on the sign-in form. */
export async function findUserByIdentifier(db: DatabaseOrTransaction, identifier: string): Promise<User | null> {
  const value = identifier.trim();
  if (!value || value.length > 200) return null;
  const column = value.includes("@") ? users.email : users.idNumber;
  const [user] = await db.select().from(users).where(eq(column, value.includes("@") ? value.toLowerCase() : value));
  return user ?? null;
}

export type AuthenticateResult =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks an identifier and password, with throttling per account and per address held in the database.
 * The answer never says whether the account exists.
 */
export async function authenticate(
  db: DatabaseOrTransaction,
  input: { identifier: string; password: string; ip: string; now?: Date; wait?: (ms: number) => Promise<unknown> },
): Promise<AuthenticateResult> {
  const now = input.now ?? new Date();
  const user = await findUserByIdentifier(db, input.identifier);
  const accountKey = user?.id ?? input.identifier.trim().toLowerCase().slice(0, 100);
  const keys = throttleKeys(accountKey, input.ip);
  const throttle = await readThrottle(db, keys, now);
  if (throttle.lockedUntil) return { ok: false, reason: "locked", until: throttle.lockedUntil };
  if (throttle.delayMs > 0) await (input.wait ?? sleep)(throttle.delayMs);

  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  if (!user || !passwordOk || user.disabledAt) {
    await recordFailure(db, keys, now);
    const after = await readThrottle(db, keys, now);
    return after.lockedUntil ? { ok: false, reason: "locked", until: after.lockedUntil } : { ok: false, reason: "invalid" };
  }
  await clearFailures(db, keys[0]!);
  return { ok: true, user };
}
