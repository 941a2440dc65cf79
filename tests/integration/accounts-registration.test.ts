import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authTokens, emailOutbox, users } from "@/db/schema";
import { registerAccount } from "@/lib/accounts/register-account";
import { registerBusinessSchema } from "@/lib/accounts/register-business-schema";
import { registerCitizenSchema } from "@/lib/accounts/register-citizen-schema";
import { signInWithPassword } from "@/lib/accounts/sign-in-with-password";
import { verifyEmail } from "@/lib/accounts/verify-email";
import { hashToken } from "@/lib/auth/auth-tokens";
import { serverEnv } from "@/lib/config";
import { createTestDatabase, type TestDatabase } from "./test-database";

const from = { clientAddress: "10.8.0.1" };

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase({ seed: false });
});
afterAll(() => test.drop());

const citizenForm = {
  fullName: "Lê Thị Hoa",
  idNumber: "049195001234",
  dateOfBirth: "1995-08-20",
  phone: "0905 111 222",
  email: "Hoa.Le@Example.VN",
  address: "Tổ 3, phường An Mỹ, Tam Kỳ",
  password: "HoaLe@2025",
  confirmPassword: "HoaLe@2025",
};

/** The token in the last link emailed to `to`. */
async function lastLinkToken(to: string): Promise<string> {
  const [mail] = await test.handle.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, to), eq(emailOutbox.kind, "verify-email")))
    .orderBy(desc(emailOutbox.id))
    .limit(1);
  const match = /token=([\w-]+)/.exec(mail?.textBody ?? "");
  if (!match?.[1]) throw new Error(`no link emailed to ${to}`);
  return match[1];
}

describe("registerAccount", () => {
  it("creates a citizen with an argon2id hash, queues the verification email and lets them sign in", async () => {
    const db = test.handle.db;
    const result = await registerAccount(db, { kind: "citizen", ...registerCitizenSchema.parse(citizenForm) }, from);
    expect(result).toEqual({ ok: true, created: true });
    const [user] = await db.select().from(users).where(eq(users.email, "hoa.le@example.vn"));
    expect(user).toMatchObject({ kind: "citizen", idNumber: "049195001234", dateOfBirth: "1995-08-20", phone: "0905111222", emailVerifiedAt: null });
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);

    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "hoa.le@example.vn"));
    expect(mail).toMatchObject({ kind: "verify-email" });
    expect(mail?.textBody).toMatch(/\/xac-minh-email\?token=/);
    // Only the hash of the token is stored.
    const token = await lastLinkToken("hoa.le@example.vn");
    const [stored] = await db
      .select()
      .from(authTokens)
      .where(eq(authTokens.userId, user?.id ?? ""));
    expect(stored?.tokenHash).toBe(hashToken(token));
    expect(stored?.tokenHash).not.toContain(token);

    const signIn = await signInWithPassword(
      db,
      { identifier: "049195001234", password: "HoaLe@2025", clientAddress: "10.9.0.1" },
      { sleep: async () => {} },
    );
    expect(signIn.ok).toBe(true);
  });

  it("answers a duplicate email, CCCD or tax code as a new registration, creates nothing and tells the owner", async () => {
    const db = test.handle.db;
    const outbox = async (to: string) => db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to)).orderBy(desc(emailOutbox.id));
    const sameEmail = await registerAccount(
      db,
      { kind: "citizen", ...registerCitizenSchema.parse({ ...citizenForm, idNumber: "049195009999" }) },
      from,
    );
    expect(sameEmail).toEqual({ ok: true, created: false });
    const [notice] = await outbox("hoa.le@example.vn");
    expect(notice).toMatchObject({ kind: "registration-attempt" });
    expect(notice?.textBody).toMatch(/địa chỉ email/);
    expect(notice?.textBody).toMatch(/\/quen-mat-khau/);

    const sameCccd = await registerAccount(
      db,
      { kind: "citizen", ...registerCitizenSchema.parse({ ...citizenForm, email: "khac@example.vn" }) },
      from,
    );
    expect(sameCccd).toEqual({ ok: true, created: false });
    expect((await outbox("hoa.le@example.vn"))[0]?.textBody).toMatch(/số CCCD/);
    // The one who tried gets nothing that would confirm the number has an account.
    expect(await outbox("khac@example.vn")).toHaveLength(0);
    expect(await db.select().from(users).where(eq(users.email, "khac@example.vn"))).toHaveLength(0);
    expect(await db.select().from(users).where(eq(users.idNumber, "049195009999"))).toHaveLength(0);

    const business = registerBusinessSchema.parse({
      fullName: "Công ty Cổ phần Gốm Thanh Hà",
      idNumber: "4000999888",
      legalRepresentative: "Phạm Văn Tài",
      phone: "0935000111",
      email: "gom@thanhha.vn",
      address: "Làng gốm Thanh Hà, Hội An",
      password: "GomThanhHa1",
      confirmPassword: "GomThanhHa1",
    });
    expect(await registerAccount(db, { kind: "business", ...business }, from)).toEqual({ ok: true, created: true });
    expect(await registerAccount(db, { kind: "business", ...business, email: "khac2@example.vn" }, from)).toEqual({ ok: true, created: false });
    expect((await outbox("gom@thanhha.vn"))[0]?.textBody).toMatch(/mã số thuế/);
  });

  it("sends an owner at most three notices an hour", async () => {
    const db = test.handle.db;
    const input = {
      kind: "citizen" as const,
      ...registerCitizenSchema.parse({ ...citizenForm, email: "hoa.le@example.vn", idNumber: "049195005555" }),
    };
    const before = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "hoa.le@example.vn"));
    for (let i = 0; i < 5; i++) expect(await registerAccount(db, input, { clientAddress: `10.8.1.${i}` })).toEqual({ ok: true, created: false });
    const after = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "hoa.le@example.vn"));
    // Two notices were already sent in the test above, within the same hour.
    expect(after.length - before.length).toBe(1);
  });

  it("limits registrations per client address, counted in the database", async () => {
    const db = test.handle.db;
    const limit = serverEnv().REGISTRATION_RATE_LIMIT;
    const address = "10.8.2.1";
    const results = await Promise.all(
      Array.from({ length: limit + 3 }, (_, i) =>
        registerAccount(
          db,
          {
            kind: "citizen",
            ...registerCitizenSchema.parse({ ...citizenForm, email: `gioihan${i}@example.vn`, idNumber: `04919501${String(i).padStart(4, "0")}` }),
          },
          { clientAddress: address },
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(limit);
    expect(results.filter((r) => !r.ok)).toHaveLength(3);
    expect(results.find((r) => !r.ok)).toMatchObject({ reason: "rate_limited" });
    // Another address is not affected.
    expect(
      (
        await registerAccount(
          db,
          { kind: "citizen", ...registerCitizenSchema.parse({ ...citizenForm, email: "khac3@example.vn", idNumber: "049195003333" }) },
          { clientAddress: "10.8.2.2" },
        )
      ).ok,
    ).toBe(true);
  });

  it("refuses a duplicate even when two registrations race (the unique index decides)", async () => {
    const db = test.handle.db;
    const input = { kind: "citizen" as const, ...registerCitizenSchema.parse({ ...citizenForm, email: "dua@example.vn", idNumber: "049195007777" }) };
    const results = await Promise.all([registerAccount(db, input, from), registerAccount(db, input, from)]);
    expect(results).toEqual(
      expect.arrayContaining([
        { ok: true, created: true },
        { ok: true, created: false },
      ]),
    );
    expect(await db.select().from(users).where(eq(users.email, "dua@example.vn"))).toHaveLength(1);
  });
});

describe("verifyEmail", () => {
  it("verifies once; the link cannot be used again", async () => {
    const db = test.handle.db;
    const token = await lastLinkToken("hoa.le@example.vn");
    expect(await verifyEmail(db, token)).toBe(true);
    const [user] = await db.select().from(users).where(eq(users.email, "hoa.le@example.vn"));
    expect(user?.emailVerifiedAt).not.toBeNull();
    expect(await verifyEmail(db, token)).toBe(false);
    expect(await verifyEmail(db, "khong-co-token-nay")).toBe(false);
  });

  it("refuses a link older than 24 hours", async () => {
    const db = test.handle.db;
    const token = await lastLinkToken("gom@thanhha.vn");
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000 + 60_000);
    expect(await verifyEmail(db, token, tomorrow)).toBe(false);
    expect(await verifyEmail(db, token)).toBe(true);
  });
});
