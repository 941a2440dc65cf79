import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { rateLimits, users } from "@/db/schema";
import { SIGN_IN_THROTTLE } from "@/lib/auth/sign-in-throttle";
import { createSession, findLiveSession } from "@/lib/auth/session-store";
import { ensureTotpSecret, secondFactorKey, verifySecondFactor } from "@/lib/auth/verify-second-factor";
import { totp } from "@/lib/security/totp";
import { createUser, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;

/** A six-digit code that matches none of the steps the check accepts at `at` (one before, this one, one after). */
function wrongCode(secret: string, at: Date): string {
  const valid = new Set([-30_000, 0, 30_000].map((shift) => totp(secret, new Date(at.getTime() + shift))));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, "0");
    if (!valid.has(code)) return code;
  }
}

setupTestDatabase((handle) => (db = handle.db));

describe("officers' second factor", () => {
  it("sets up a secret on first sign-in, completes the session with a valid code, and refuses a replayed one", async () => {
    const officer = await createUser(db, { kind: "officer", unitId: await unitId(db, "000.01.22.H47"), roles: ["tiep-nhan"] });
    const { secret, confirmed } = await ensureTotpSecret(db, officer.id);
    expect(confirmed).toBe(false);
    expect((await ensureTotpSecret(db, officer.id)).secret).toBe(secret);
    const sessionId = await createSession(db, officer.id);
    expect((await findLiveSession(db, sessionId))!.session.secondFactorAt).toBeNull();

    const now = new Date("2026-12-01T02:00:00Z");
    expect(await verifySecondFactor(db, { userId: officer.id, sessionId, code: wrongCode(secret, now), now })).toBe("wrong");
    expect(await verifySecondFactor(db, { userId: officer.id, sessionId, code: totp(secret, now), now })).toBe("ok");
    expect((await findLiveSession(db, sessionId))!.session.secondFactorAt).not.toBeNull();
    const [after] = await db.select().from(users).where(eq(users.id, officer.id));
    expect(after!.totpConfirmedAt).not.toBeNull();

    const second = await createSession(db, officer.id);
    expect(await verifySecondFactor(db, { userId: officer.id, sessionId: second, code: totp(secret, now), now })).toBe("reused");
    expect((await findLiveSession(db, second))!.session.secondFactorAt).toBeNull();
    const later = new Date(now.getTime() + 30_000);
    expect(await verifySecondFactor(db, { userId: officer.id, sessionId: second, code: totp(secret, later), now: later })).toBe("ok");
  });

  it("locks the second step after ten wrong codes, whatever the sessions, until the lock time has passed; a reused code is not a wrong one", async () => {
    const officer = await createUser(db, { kind: "officer", unitId: await unitId(db, "000.01.22.H47"), roles: ["tiep-nhan"] });
    const { secret } = await ensureTotpSecret(db, officer.id);
    const now = new Date("2026-12-01T03:00:00Z");
    const first = await createSession(db, officer.id);
    expect(await verifySecondFactor(db, { userId: officer.id, sessionId: first, code: totp(secret, now), now })).toBe("ok");
    // Replays of the accepted code, many times over, lock nothing.
    const session = await createSession(db, officer.id);
    for (let i = 0; i < 12; i++)
      expect(await verifySecondFactor(db, { userId: officer.id, sessionId: session, code: totp(secret, now), now })).toBe("reused");
    // Nine wrong codes, spread over two sessions (signing in again with the password does not reset them).
    for (let i = 0; i < 5; i++)
      expect(await verifySecondFactor(db, { userId: officer.id, sessionId: session, code: wrongCode(secret, now), now })).toBe("wrong");
    const again = await createSession(db, officer.id);
    for (let i = 0; i < 4; i++)
      expect(await verifySecondFactor(db, { userId: officer.id, sessionId: again, code: wrongCode(secret, now), now })).toBe("wrong");
    expect(await verifySecondFactor(db, { userId: officer.id, sessionId: again, code: wrongCode(secret, now), now })).toBe("locked");
    // Locked: even the right code of the next step is refused, and the session stays incomplete.
    const next = new Date(now.getTime() + 30_000);
    expect(await verifySecondFactor(db, { userId: officer.id, sessionId: again, code: totp(secret, next), now: next })).toBe("locked");
    expect((await findLiveSession(db, again))!.session.secondFactorAt).toBeNull();
    // After the lock time the right code works, and leaves no wrong code counted.
    const after = new Date(now.getTime() + SIGN_IN_THROTTLE.lockMs + 60_000);
    expect(await verifySecondFactor(db, { userId: officer.id, sessionId: again, code: totp(secret, after), now: after })).toBe("ok");
    const [counter] = await db
      .select()
      .from(rateLimits)
      .where(eq(rateLimits.key, secondFactorKey(officer.id)));
    expect(counter?.count ?? 0).toBe(0);
  });
});
