import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, users } from "@/db/schema";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "@/db/seed/demo-accounts";
import { changePassword } from "@/lib/accounts/change-password";
import { linkOidcAccount } from "@/lib/accounts/link-oidc-account";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { resetPassword } from "@/lib/accounts/reset-password";
import { signInWithPassword } from "@/lib/accounts/sign-in-with-password";
import { updateContactDetails } from "@/lib/accounts/update-contact-details";
import { createSession, findLiveSession, revokeSession, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-store";
import { createTestDatabase, type TestDatabase } from "./test-database";

let test: TestDatabase;
let citizenId = "";
let businessId = "";
const [citizen, business] = DEMO_ACCOUNTS;
const noWait = { sleep: async () => {} };

beforeAll(async () => {
  test = await createTestDatabase({ seed: false });
  const db = test.handle.db;
  expect(await seedDemoAccounts(db)).toBe(2);
  expect(await seedDemoAccounts(db)).toBe(0); // idempotent
  const rows = await db.select().from(users);
  citizenId = rows.find((u) => u.email === citizen.email)?.id ?? "";
  businessId = rows.find((u) => u.email === business.email)?.id ?? "";
  expect(rows.every((u) => u.demo === "seed" && u.emailVerifiedAt)).toBe(true);
});
afterAll(() => test.drop());

async function lastResetToken(to: string): Promise<string | null> {
  const [mail] = await test.handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to)).orderBy(desc(emailOutbox.id)).limit(1);
  return /dat-lai\?token=([\w-]+)/.exec(mail?.textBody ?? "")?.[1] ?? null;
}

describe("server-side sessions", () => {
  it("finds the user of a live session and nothing once it is revoked, expired or the user disabled", async () => {
    const db = test.handle.db;
    const live = await createSession(db, citizenId, { userAgent: "test", ipAddress: "10.0.0.1" });
    expect((await findLiveSession(db, live))?.user.email).toBe(citizen.email);
    await revokeSession(db, live);
    expect(await findLiveSession(db, live)).toBeNull();

    const old = await createSession(db, citizenId);
    expect(await findLiveSession(db, old, new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000 + 1000))).toBeNull();

    const disabledUser = await createSession(db, businessId);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, businessId));
    expect(await findLiveSession(db, disabledUser)).toBeNull();
    await db.update(users).set({ disabledAt: null }).where(eq(users.id, businessId));
    expect(await findLiveSession(db, "khong-co-phien-nay")).toBeNull();
  });

  it("a password change needs the current password and revokes the user's other sessions only", async () => {
    const db = test.handle.db;
    const here = await createSession(db, citizenId);
    const elsewhere = await createSession(db, citizenId);
    const otherUser = await createSession(db, businessId);
    expect(await changePassword(db, citizenId, here, { currentPassword: "Sai@12345", newPassword: "MoiMoi@2025" })).toEqual({
      ok: false,
      reason: "wrong-current-password",
    });
    expect(await findLiveSession(db, elsewhere)).not.toBeNull();

    expect(await changePassword(db, citizenId, here, { currentPassword: citizen.password, newPassword: "MoiMoi@2025" })).toEqual({ ok: true });
    expect(await findLiveSession(db, here)).not.toBeNull();
    expect(await findLiveSession(db, elsewhere)).toBeNull();
    expect(await findLiveSession(db, otherUser)).not.toBeNull();
    expect((await signInWithPassword(db, { identifier: citizen.email, password: "MoiMoi@2025", clientAddress: "10.5.0.1" }, noWait)).ok).toBe(true);
    expect((await signInWithPassword(db, { identifier: citizen.email, password: citizen.password, clientAddress: "10.5.0.1" }, noWait)).ok).toBe(
      false,
    );
  });
});

describe("password reset", () => {
  it("answers silently for an unknown address (no email queued)", async () => {
    const db = test.handle.db;
    const before = await db.select().from(emailOutbox);
    await requestPasswordReset(db, "khong-ai@example.vn");
    expect(await db.select().from(emailOutbox)).toHaveLength(before.length);
  });

  it("a reset link works once, signs the user out everywhere, and only the newest link works", async () => {
    const db = test.handle.db;
    const session = await createSession(db, citizenId);
    await requestPasswordReset(db, citizen.email);
    const first = await lastResetToken(citizen.email);
    await requestPasswordReset(db, citizen.email);
    const second = await lastResetToken(citizen.email);
    expect(first && second && first !== second).toBe(true);
    expect(await resetPassword(db, first ?? "", "DatLai@2025")).toBeNull();

    expect(await resetPassword(db, second ?? "", "DatLai@2025")).toBe(citizenId);
    expect(await findLiveSession(db, session)).toBeNull();
    expect(await resetPassword(db, second ?? "", "LanNua@2025")).toBeNull();
    expect((await signInWithPassword(db, { identifier: citizen.idNumber, password: "DatLai@2025", clientAddress: "10.6.0.1" }, noWait)).ok).toBe(
      true,
    );
  });

  it("a reset link expires after an hour", async () => {
    const db = test.handle.db;
    await requestPasswordReset(db, business.email);
    const token = await lastResetToken(business.email);
    expect(await resetPassword(db, token ?? "", "QuaHan@2025", new Date(Date.now() + 61 * 60 * 1000))).toBeNull();
    expect(await resetPassword(db, token ?? "", "DungHan@2025")).toBe(businessId);
  });
});

describe("contact details", () => {
  it("a new email must be verified again; another account's email is refused", async () => {
    const db = test.handle.db;
    expect(await updateContactDetails(db, citizenId, { phone: "0987654321", email: business.email, address: "Số 1 Hùng Vương, Tam Kỳ" })).toEqual({
      ok: false,
      taken: "email",
    });
    expect(await updateContactDetails(db, citizenId, { phone: "0987654321", email: citizen.email, address: "Số 1 Hùng Vương, Tam Kỳ" })).toEqual({
      ok: true,
      emailChanged: false,
    });
    expect(
      await updateContactDetails(db, citizenId, { phone: "0987654321", email: "an.moi@example.vn", address: "Số 1 Hùng Vương, Tam Kỳ" }),
    ).toEqual({
      ok: true,
      emailChanged: true,
    });
    const [user] = await db.select().from(users).where(eq(users.id, citizenId));
    expect(user).toMatchObject({ email: "an.moi@example.vn", phone: "0987654321", emailVerifiedAt: null });
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "an.moi@example.vn"));
    expect(mail?.kind).toBe("verify-email");
  });
});

describe("OIDC sign-in", () => {
  const issuer = "https://vneid.example";
  it("creates a citizen for a new subject, then finds it again by (issuer, subject)", async () => {
    const db = test.handle.db;
    const first = await linkOidcAccount(db, { issuer, subject: "sub-1", email: "moi@vneid.example", emailVerified: true, fullName: "Trần Văn Mới" });
    const again = await linkOidcAccount(db, { issuer, subject: "sub-1", email: "doi@vneid.example", emailVerified: true, fullName: "Khác" });
    expect(first).not.toBeNull();
    expect(again).toBe(first);
    const [user] = await db
      .select()
      .from(users)
      .where(eq(users.id, first ?? ""));
    expect(user).toMatchObject({ kind: "citizen", email: "moi@vneid.example", fullName: "Trần Văn Mới", passwordHash: null });
  });

  it("links an existing citizen by verified email only", async () => {
    const db = test.handle.db;
    const unverified = await linkOidcAccount(db, { issuer, subject: "sub-2", email: "an.moi@example.vn", emailVerified: false, fullName: "X" });
    expect(unverified).not.toBe(citizenId);
    const verified = await linkOidcAccount(db, { issuer, subject: "sub-3", email: "an.moi@example.vn", emailVerified: true, fullName: "X" });
    expect(verified).toBe(citizenId);
  });
});
