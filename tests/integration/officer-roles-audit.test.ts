import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { changePassword } from "@/lib/accounts/change-password";
import { createOfficer, newOfficerSchema, updateOfficer } from "@/lib/admin/manage-officers";
import { listAuditLog } from "@/lib/admin/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { createUser, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;
setupTestDatabase((handle) => (db = handle.db));

async function unitAdmin() {
  const anMy = await unitId(db, "000.01.22.H47");
  const user = await createUser(db, { kind: "officer", unitId: anMy, roles: ["quan-tri-don-vi"], name: "Quản Trị Đơn Vị" });
  return { id: user.id, fullName: user.fullName, unitId: anMy, roles: user.roles };
}

const auditOf = (targetId: string) => db.select().from(auditLog).where(eq(auditLog.targetUserId, targetId)).orderBy(auditLog.id);

describe("separation of duties", () => {
  it("a unit admin cannot grant itself any role, nor take its own away", async () => {
    const admin = await unitAdmin();
    for (const roles of [["quan-tri-don-vi", "tiep-nhan"], ["quan-tri-don-vi", "chuyen-vien", "lanh-dao"], ["tiep-nhan"]]) {
      await expect(updateOfficer(db, admin, admin.id, { roles })).rejects.toMatchObject({ code: "refused" });
    }
    const [after] = await db.select().from(users).where(eq(users.id, admin.id));
    expect(after!.roles).toEqual(["quan-tri-don-vi"]);
    expect(await auditOf(admin.id)).toHaveLength(0);
  });

  it("a unit admin cannot grant or take away the system-admin role, nor reach another unit", async () => {
    const admin = await unitAdmin();
    const input = newOfficerSchema.parse({
      fullName: "Cán Bộ Hệ Thống",
      email: `ht-${admin.id.slice(0, 8)}@example.vn`,
      roles: ["quan-tri-he-thong"],
      password: "MatKhau@2024!",
    });
    await expect(createOfficer(db, admin, input)).rejects.toMatchObject({ code: "refused" });
    const sysAdmin = await createUser(db, { kind: "officer", unitId: admin.unitId, roles: ["quan-tri-he-thong"] });
    await expect(updateOfficer(db, admin, sysAdmin.id, { roles: ["tiep-nhan"] })).rejects.toMatchObject({ code: "refused" });
    const elsewhere = await createUser(db, { kind: "officer", unitId: await unitId(db, "000.00.09.H47"), roles: ["tiep-nhan"] });
    await expect(updateOfficer(db, admin, elsewhere.id, { roles: ["lanh-dao"] })).rejects.toMatchObject({ code: "not-found" });
    expect(await auditOf(sysAdmin.id)).toHaveLength(0);
    expect(await auditOf(elsewhere.id)).toHaveLength(0);
  });

  it("a system admin grants another officer's roles, but not its own", async () => {
    const anMy = await unitId(db, "000.01.22.H47");
    const sys = await createUser(db, { kind: "officer", unitId: anMy, roles: ["quan-tri-he-thong"] });
    const scope = { id: sys.id, fullName: sys.fullName, unitId: anMy, roles: sys.roles };
    await expect(updateOfficer(db, scope, sys.id, { roles: ["quan-tri-he-thong", "lanh-dao"] })).rejects.toMatchObject({ code: "refused" });
    const other = await createUser(db, { kind: "officer", unitId: anMy, roles: ["tiep-nhan"] });
    await updateOfficer(db, scope, other.id, { roles: ["quan-tri-don-vi"] });
    expect((await db.select().from(users).where(eq(users.id, other.id)))[0]!.roles).toEqual(["quan-tri-don-vi"]);
  });
});

/** The database's own message when it refuses a statement (drizzle wraps it as the error's cause). */
async function refusal(statement: ReturnType<typeof sql>): Promise<string> {
  try {
    await db.execute(statement);
    return "accepted";
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? String(error);
  }
}

describe("the audit log", () => {
  it("records who created an officer, changed its roles, locked and unlocked it, with before and after", async () => {
    const admin = await unitAdmin();
    const email = `audit-${admin.id.slice(0, 8)}@example.vn`;
    const id = await createOfficer(
      db,
      admin,
      newOfficerSchema.parse({ fullName: "Cán Bộ Được Ghi", email, roles: ["chuyen-vien"], password: "MatKhau@2024!" }),
    );
    await updateOfficer(db, admin, id, { roles: ["chuyen-vien", "tiep-nhan"] });
    await updateOfficer(db, admin, id, { roles: ["chuyen-vien", "tiep-nhan"] }); // no change: no entry
    await updateOfficer(db, admin, id, { disabled: true });
    await updateOfficer(db, admin, id, { disabled: false });

    const rows = await auditOf(id);
    expect(rows.map((r) => r.action)).toEqual(["officer.create", "officer.roles", "officer.disable", "officer.enable"]);
    for (const row of rows)
      expect(row).toMatchObject({ actorUserId: admin.id, actorName: admin.fullName, targetName: "Cán Bộ Được Ghi", unitId: admin.unitId });
    expect(rows[0]).toMatchObject({ before: null, after: { email, roles: ["chuyen-vien"] } });
    expect(rows[1]).toMatchObject({ before: { roles: ["chuyen-vien"] }, after: { roles: ["chuyen-vien", "tiep-nhan"] } });
    expect(rows[2]).toMatchObject({ before: { disabled: false }, after: { disabled: true } });

    const listed = await listAuditLog(db);
    expect(listed[0]).toMatchObject({ action: "officer.enable", targetEmail: email, actorName: admin.fullName });
    expect(listed.findIndex((e) => e.action === "officer.create" && e.targetEmail === email)).toBeGreaterThan(0);
  });

  it("records a password change by the account itself", async () => {
    const [user] = await db
      .insert(users)
      .values({ kind: "citizen", email: `mk-${Date.now()}@example.vn`, fullName: "Đổi Mật Khẩu", passwordHash: await hashPassword("Cu@123456") })
      .returning();
    expect(await changePassword(db, user!.id, null, { currentPassword: "Cu@123456", newPassword: "Moi@1234567" })).toEqual({ ok: true });
    expect(await auditOf(user!.id)).toMatchObject([{ action: "account.password", actorUserId: user!.id }]);
  });

  it("is append-only: the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    const admin = await unitAdmin();
    await createOfficer(
      db,
      admin,
      newOfficerSchema.parse({
        fullName: "Cán Bộ Bất Biến",
        email: `bb-${admin.id.slice(0, 8)}@example.vn`,
        roles: ["tiep-nhan"],
        password: "MatKhau@2024!",
      }),
    );
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    expect(await refusal(sql`update audit_log set actor_name = 'ai đó'`)).toMatch(/audit_log is append-only/);
    expect(await refusal(sql`delete from audit_log`)).toMatch(/audit_log is append-only/);
    expect(await refusal(sql`truncate audit_log`)).toMatch(/audit_log is append-only/);
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(auditLog)).toEqual(before);
  });
});
