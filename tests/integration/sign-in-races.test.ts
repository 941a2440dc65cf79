import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { rateLimits, users } from "@/db/schema";
import { signInWithPassword } from "@/lib/accounts/sign-in-with-password";
import { hashPassword } from "@/lib/auth/password";
import { accountKey, SIGN_IN_THROTTLE } from "@/lib/auth/sign-in-throttle";
import { createSession, findLiveSession } from "@/lib/auth/session-store";
import { ensureTotpSecret, secondFactorKey, verifySecondFactor } from "@/lib/auth/verify-second-factor";
import { totp } from "@/lib/security/totp";
import { createUser } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

/** Every password check, and how many said no: the measure of what an attacker gets to try. */
const checks = vi.hoisted(() => ({ total: 0, wrong: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...original,
    verifyPassword: async (hash: string | null, password: string) => {
      const ok = await original.verifyPassword(hash, password);
      checks.total += 1;
      if (!ok) checks.wrong += 1;
      return ok;
    },
  };
});

let db: Database;
setupTestDatabase((handle) => (db = handle.db), { seed: false });

const PASSWORD = "DungRoi@2026";
const noWait = async () => {};

async function citizenWithPassword() {
  const email = `race-${randomUUID().slice(0, 8)}@example.vn`;
  const [user] = await db
    .insert(users)
    .values({ kind: "citizen", email, fullName: "Thử Song Song", passwordHash: await hashPassword(PASSWORD) })
    .returning();
  return user!;
}

async function accountCount(userId: string) {
  const [row] = await db
    .select()
    .from(rateLimits)
    .where(eq(rateLimits.key, accountKey(userId)));
  return row;
}

/** One attempt from its own address, so that only the account's counter can stop it. */
function attempt(email: string, password: string) {
  return signInWithPassword(
    db,
    { identifier: email, password, clientAddress: `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}` },
    { sleep: noWait },
  );
}

describe("the sign-in lock under parallel guesses", () => {
  it("100 parallel wrong guesses check at most ten passwords, and the right password sent last with them is refused", async () => {
    const user = await citizenWithPassword();
    checks.total = checks.wrong = 0;
    const guesses = Array.from({ length: 100 }, (_, i) => attempt(user.email, `Sai@${i}xyz`));
    guesses.push(attempt(user.email, PASSWORD));
    const results = await Promise.all(guesses);

    expect(checks.wrong).toBeLessThanOrEqual(SIGN_IN_THROTTLE.lockAfter);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "locked" });
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(SIGN_IN_THROTTLE.lockAfter - 1);
    const row = await accountCount(user.id);
    expect(row?.count).toBe(SIGN_IN_THROTTLE.lockAfter);
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());

    // Afterwards, too, the right password is refused while the lock runs.
    expect(await attempt(user.email, PASSWORD)).toMatchObject({ ok: false, reason: "locked" });
  });

  it("mixed parallel guesses never get more than ten wrong passwords checked, and a success reopens no lock", async () => {
    const user = await citizenWithPassword();
    checks.total = checks.wrong = 0;
    const passwords = Array.from({ length: 60 }, (_, i) => (i % 6 === 5 ? PASSWORD : `Sai@${i}xyz`));
    const results = await Promise.all(passwords.map((password) => attempt(user.email, password)));

    expect(checks.wrong).toBeLessThanOrEqual(SIGN_IN_THROTTLE.lockAfter);
    // Every success was a right password; every refused one checked nothing.
    expect(results.filter((r) => r.ok).length).toBe(checks.total - checks.wrong);
    const row = await accountCount(user.id);
    expect(row?.count).toBe(checks.wrong);
    expect(row!.count).toBeLessThanOrEqual(SIGN_IN_THROTTLE.lockAfter);
    if (checks.wrong === SIGN_IN_THROTTLE.lockAfter) {
      expect(await attempt(user.email, PASSWORD)).toMatchObject({ ok: false, reason: "locked" });
    }
  });

  it("a success gives back only its own place: nine failures stay counted and the tenth locks", async () => {
    const user = await citizenWithPassword();
    for (let i = 0; i < SIGN_IN_THROTTLE.lockAfter - 1; i++)
      expect(await attempt(user.email, `Sai@${i}xyz`)).toEqual({ ok: false, reason: "invalid" });
    expect((await attempt(user.email, PASSWORD)).ok).toBe(true);
    expect((await accountCount(user.id))?.count).toBe(SIGN_IN_THROTTLE.lockAfter - 1);
    expect(await attempt(user.email, "Sai@cuoi")).toMatchObject({ ok: false, reason: "locked" });
    expect(await attempt(user.email, PASSWORD)).toMatchObject({ ok: false, reason: "locked" });
  });
});

/** A six-digit code that matches none of the steps accepted at `at`. */
function wrongCode(secret: string, at: Date): string {
  const valid = new Set([-30_000, 0, 30_000].map((shift) => totp(secret, new Date(at.getTime() + shift))));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, "0");
    if (!valid.has(code)) return code;
  }
}

describe("the second factor under parallel use", () => {
  it("one code presented by five sessions at once completes exactly one of them", async () => {
    const officer = await createUser(db, { kind: "officer", roles: ["tiep-nhan"] });
    const { secret } = await ensureTotpSecret(db, officer.id);
    const now = new Date();
    const sessions = await Promise.all(Array.from({ length: 5 }, () => createSession(db, officer.id)));
    const code = totp(secret, now);
    const outcomes = await Promise.all(sessions.map((sessionId) => verifySecondFactor(db, { userId: officer.id, sessionId, code, now })));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "reused")).toHaveLength(4);
    const complete = await Promise.all(sessions.map(async (id) => (await findLiveSession(db, id))!.session.secondFactorAt !== null));
    expect(complete.filter(Boolean)).toHaveLength(1);
  });

  it("30 parallel wrong codes lock the step, and the right code sent with them is refused", async () => {
    const officer = await createUser(db, { kind: "officer", roles: ["tiep-nhan"] });
    const { secret } = await ensureTotpSecret(db, officer.id);
    const now = new Date();
    const sessionId = await createSession(db, officer.id);
    const tries = Array.from({ length: 30 }, () => verifySecondFactor(db, { userId: officer.id, sessionId, code: wrongCode(secret, now), now }));
    tries.push(verifySecondFactor(db, { userId: officer.id, sessionId, code: totp(secret, now), now }));
    const outcomes = await Promise.all(tries);
    expect(outcomes.filter((o) => o === "wrong")).toHaveLength(SIGN_IN_THROTTLE.lockAfter - 1);
    expect(outcomes.at(-1)).toBe("locked");
    expect((await findLiveSession(db, sessionId))!.session.secondFactorAt).toBeNull();
    const [row] = await db
      .select()
      .from(rateLimits)
      .where(eq(rateLimits.key, secondFactorKey(officer.id)));
    expect(row?.count).toBe(SIGN_IN_THROTTLE.lockAfter);
  });
});
