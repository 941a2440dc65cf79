import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { createSession, findLiveSession } from "@/lib/auth/session-store";
import { ensureTotpSecret, verifySecondFactor } from "@/lib/auth/verify-second-factor";
import { totp } from "@/lib/security/totp";
import { createUser, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;

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
    expect(await verifySecondFactor(db, { userId: officer.id, sessionId, code: "000000", now })).toBe(totp(secret, now) === "000000");
    expect(await verifySecondFactor(db, { userId: officer.id, sessionId, code: totp(secret, now), now })).toBe(true);
    expect((await findLiveSession(db, sessionId))!.session.secondFactorAt).not.toBeNull();
    const [after] = await db.select().from(users).where(eq(users.id, officer.id));
    expect(after!.totpConfirmedAt).not.toBeNull();

    const second = await createSession(db, officer.id);
    expect(await verifySecondFactor(db, { userId: officer.id, sessionId: second, code: totp(secret, now), now })).toBe(false);
    expect((await findLiveSession(db, second))!.session.secondFactorAt).toBeNull();
    const later = new Date(now.getTime() + 30_000);
    expect(await verifySecondFactor(db, { userId: officer.id, sessionId: second, code: totp(secret, later), now: later })).toBe(true);
  });
});
