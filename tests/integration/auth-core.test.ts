import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { createSession, findLiveSession, revokeOtherSessions, revokeSession } from "@/lib/auth/sessions";
import { THROTTLE } from "@/lib/auth/sign-in-throttle";
import { createTestDatabase, type TestDatabase } from "./test-database";

let testDb: TestDatabase;
let db: Database;
let userId: string;
const noWait = async () => {};

beforeAll(async () => {
  testDb = await createTestDatabase({ seed: false });
  db = testDb.handle.db;
  const [user] = await db
    .insert(users)
    .values({ kind: "citizen", email: "an@example.vn", idNumber: "049090001234", fullName: "Nguyễn Văn An", passwordHash: await hashPassword("MatKhau@2024") })
    .returning({ id: users.id });
  userId = user!.id;
});
afterAll(async () => {
  await testDb?.drop();
});

describe("authenticate", () => {
  it("signs in with email (any case), CCCD, and refuses a wrong password the same way as an unknown account", async () => {
    expect(await authenticate(db, { identifier: "AN@example.vn", password: "MatKhau@2024", ip: "10.0.0.1", wait: noWait })).toMatchObject({ ok: true, user: { id: userId } });
    expect(await authenticate(db, { identifier: "049090001234", password: "MatKhau@2024", ip: "10.0.0.1", wait: noWait })).toMatchObject({ ok: true });
    expect(await authenticate(db, { identifier: "an@example.vn", password: "sai", ip: "10.0.0.1", wait: noWait })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(db, { identifier: "khong-co@example.vn", password: "sai", ip: "10.0.0.1", wait: noWait })).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows repeated failures, then locks the account for every address (as seen by two app instances sharing the database)", async () => {
    const [other] = await db
      .insert(users)
      .values({ kind: "citizen", email: "binh@example.vn", fullName: "Bình", passwordHash: await hashPassword("DungRoi@2024") })
      .returning({ id: users.id });
    const delays: number[] = [];
    const wait = async (ms: number) => void delays.push(ms);
    const now = new Date("2026-12-01T02:00:00Z");
    let last;
    for (let i = 0; i < THROTTLE.lockAfter; i++) {
      // Alternate two "instances" (addresses differ, the database is the same).
      last = await authenticate(db, { identifier: "binh@example.vn", password: "sai", ip: i % 2 ? "10.0.0.2" : "10.0.0.3", now, wait });
    }
    expect(last).toMatchObject({ ok: false, reason: "locked" });
    expect(delays.length).toBeGreaterThan(0);
    expect(Math.max(...delays)).toBeLessThanOrEqual(THROTTLE.maxDelayMs);
    // Locked even with the right password, from a new address…
    expect(await authenticate(db, { identifier: "binh@example.vn", password: "DungRoi@2024", ip: "10.9.9.9", now, wait })).toMatchObject({ reason: "locked" });
    // …until the lock ends.
    const later = new Date(now.getTime() + THROTTLE.lockMs + 60_000);
    expect(await authenticate(db, { identifier: "binh@example.vn", password: "DungRoi@2024", ip: "10.9.9.9", now: later, wait })).toMatchObject({ ok: true, user: { id: other!.id } });
  });

  it("locks an address that tries many accounts", async () => {
    const now = new Date("2026-12-02T02:00:00Z");
    let last;
    for (let i = 0; i < THROTTLE.lockAfter; i++) last = await authenticate(db, { identifier: `ai-${i}@example.vn`, password: "x", ip: "10.6.6.6", now, wait: noWait });
    expect(last).toMatchObject({ reason: "locked" });
    expect(await authenticate(db, { identifier: "an@example.vn", password: "MatKhau@2024", ip: "10.6.6.6", now, wait: noWait })).toMatchObject({ reason: "locked" });
  });
});

describe("server-side sessions", () => {
  it("are live until revoked or expired; a password change ends the other sessions", async () => {
    const a = await createSession(db, userId);
    const b = await createSession(db, userId);
    expect(await findLiveSession(db, a)).toMatchObject({ user: { id: userId } });
    await revokeSession(db, a);
    expect(await findLiveSession(db, a)).toBeNull();
    const c = await createSession(db, userId);
    await revokeOtherSessions(db, userId, c);
    expect(await findLiveSession(db, b)).toBeNull();
    expect(await findLiveSession(db, c)).not.toBeNull();
    expect(await findLiveSession(db, c, new Date(Date.now() + 15 * 86_400_000))).toBeNull();
    expect(await findLiveSession(db, "khong-co")).toBeNull();
  });
});
