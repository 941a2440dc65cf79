import { eq, sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateLimits, users } from "@/db/schema";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "@/db/seed/demo-accounts";
import { signInWithPassword } from "@/lib/accounts/sign-in-with-password";
import { SIGN_IN_THROTTLE } from "@/lib/auth/sign-in-throttle";
import { loadConfig } from "@/lib/config";
import { createTestDatabase, type TestDatabase } from "./test-database";

let test: TestDatabase;
const [citizen, business] = DEMO_ACCOUNTS;
const noWait = async () => {};

beforeAll(async () => {
  test = await createTestDatabase({ seed: false });
  await seedDemoAccounts(test.handle.db);
});
const closeLater: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closeLater) await close();
  await test.drop();
});

describe("signInWithPassword", () => {
  it("signs in by email (any case), CCCD and tax code", async () => {
    const db = test.handle.db;
    for (const identifier of [citizen.email.toUpperCase(), citizen.idNumber, ` ${business.idNumber} `]) {
      const result = await signInWithPassword(
        db,
        { identifier, password: identifier.includes(business.idNumber) ? business.password : citizen.password, clientAddress: "10.0.0.1" },
        { sleep: noWait },
      );
      expect(result.ok, identifier).toBe(true);
    }
  });

  it("refuses a wrong password and an unknown identifier with the same answer", async () => {
    const db = test.handle.db;
    const wrong = await signInWithPassword(db, { identifier: citizen.email, password: "Sai@12345", clientAddress: "10.0.0.2" }, { sleep: noWait });
    const unknown = await signInWithPassword(
      db,
      { identifier: "nobody@example.vn", password: "Sai@12345", clientAddress: "10.0.0.2" },
      { sleep: noWait },
    );
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows, then locks an account across two instances sharing the database, even for the right password", async () => {
    // Two "instances": each has its own handle on the same database (the test's and a second one).
    const second = await createSecondHandle();
    const [user] = await test.handle.db.select().from(users).where(eq(users.email, business.email));
    const delays: number[] = [];
    const sleep = async (ms: number) => {
      delays.push(ms);
    };
    let last;
    for (let attempt = 0; attempt < SIGN_IN_THROTTLE.lockAfter; attempt++) {
      const db = attempt % 2 === 0 ? test.handle.db : second;
      // A different address each time: only the account's counter can lock it.
      last = await signInWithPassword(db, { identifier: business.email, password: "Sai@12345", clientAddress: `10.1.0.${attempt}` }, { sleep });
    }
    expect(last).toMatchObject({ ok: false, reason: "locked" });
    expect(delays.length).toBeGreaterThan(0);
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
    expect(delays.at(-1)).toBeGreaterThan(delays[0] ?? 0);
    const right = await signInWithPassword(
      second,
      { identifier: business.idNumber, password: business.password, clientAddress: "10.1.1.1" },
      { sleep },
    );
    expect(right).toMatchObject({ ok: false, reason: "locked" });
    const [row] = await test.handle.db
      .select()
      .from(rateLimits)
      .where(eq(rateLimits.key, `signin:account:${user?.id}`));
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(Date.now() + 14 * 60 * 1000);
    // After the lock the right password works again.
    const later = new Date(Date.now() + SIGN_IN_THROTTLE.lockMs + 60_000);
    const afterLock = await signInWithPassword(
      second,
      { identifier: business.email, password: business.password, clientAddress: "10.1.1.2" },
      { sleep, now: () => later },
    );
    expect(afterLock.ok).toBe(true);
  });

  it("locks an address that tries many accounts", async () => {
    const db = test.handle.db;
    let last;
    for (let attempt = 0; attempt < SIGN_IN_THROTTLE.lockAfter; attempt++) {
      last = await signInWithPassword(
        db,
        { identifier: `user${attempt}@example.vn`, password: "Sai@12345", clientAddress: "10.2.0.1" },
        { sleep: noWait },
      );
    }
    expect(last).toMatchObject({ ok: false, reason: "locked" });
    const right = await signInWithPassword(
      db,
      { identifier: citizen.email, password: citizen.password, clientAddress: "10.2.0.1" },
      { sleep: noWait },
    );
    expect(right).toMatchObject({ ok: false, reason: "locked" });
    const elsewhere = await signInWithPassword(
      db,
      { identifier: citizen.email, password: citizen.password, clientAddress: "10.2.0.2" },
      { sleep: noWait },
    );
    expect(elsewhere.ok).toBe(true);
  });

  it("refuses a disabled account", async () => {
    const db = test.handle.db;
    const email = "disabled@example.vn";
    const { hashPassword } = await import("@/lib/auth/password");
    await db
      .insert(users)
      .values({ kind: "citizen", email, fullName: "Tạm Khóa", passwordHash: await hashPassword("Dung@12345"), disabledAt: new Date() });
    const result = await signInWithPassword(db, { identifier: email, password: "Dung@12345", clientAddress: "10.3.0.1" }, { sleep: noWait });
    expect(result.ok).toBe(false);
  });
});

/**
 * A second connection pool on the same database, as a second app instance would have. Embedded PGlite lives in
 * one process, so there the same handle stands in for it (the counters are still only in the database).
 */
async function createSecondHandle() {
  if (test.handle.kind === "embedded") return test.handle.db;
  const config = loadConfig();
  const rows = (await test.handle.db.execute(sql`select current_database() as name`)) as unknown as { name: string }[];
  const url = new URL(config.databaseUrl ?? "");
  url.pathname = `/${rows[0]?.name ?? ""}`;
  const handle = await openDatabase({ ...config, databaseUrl: url.toString(), poolSize: 2 });
  closeLater.push(() => handle.close());
  return handle.db;
}
