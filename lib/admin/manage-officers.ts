import { hashPassword } from "@/lib/auth/password";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { inputString } from "@/lib/validation/boundary-schemas";
import type { DatabaseOrTransaction } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { OFFICER_ROLES } from "@/lib/workflow/permissions";
import { WorkflowError } from "@/lib/workflow/workflow-error";

const roles = z.array(z.enum(OFFICER_ROLES, { error: "Vai trò không hợp lệ" })).min(1, "Chọn ít nhất một vai trò");

export const newOfficerSchema = z.object({
  fullName: inputString().trim().min(2, "Vui lòng nhập họ tên").max(200),
  email: inputString().trim().toLowerCase().email("Thư điện tử không hợp lệ"),
  roles,
  password: inputString().min(10, "Mật khẩu tạm tối thiểu 10 ký tự").max(200),
});

export async function listUnitOfficers(db: DatabaseOrTransaction, unitId: number) {
  return db
    .select({ id: users.id, fullName: users.fullName, email: users.email, roles: users.roles, disabledAt: users.disabledAt, totpConfirmedAt: users.totpConfirmedAt })
    .from(users)
    .where(and(eq(users.kind, "officer"), eq(users.unitId, unitId)))
    .orderBy(asc(users.fullName));
}

/**
 * A unit admin adds an officer to their own unit (never another); the officer sets up the TOTP
 * second factor on first sign-in. Only a system admin may grant the system-admin role.
 */
export async function createOfficer(db: DatabaseOrTransaction, admin: { unitId: number; roles: readonly string[] }, input: z.infer<typeof newOfficerSchema>) {
  if (input.roles.includes("quan-tri-he-thong") && !admin.roles.includes("quan-tri-he-thong")) {
    throw new WorkflowError("refused", "Chỉ quản trị hệ thống được cấp vai trò quản trị hệ thống.");
  }
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (taken) throw new WorkflowError("invalid", "Thư điện tử này đã được dùng cho một tài khoản khác.");
  const passwordHash = await hashPassword(input.password);
  const [officer] = await db
    .insert(users)
    .values({ kind: "officer", email: input.email, fullName: input.fullName, roles: input.roles, unitId: admin.unitId, passwordHash, emailVerifiedAt: new Date() })
    .returning({ id: users.id });
  return officer!.id;
}

/** Changes roles or disables an officer of the admin's own unit; disabling revokes their sessions. */
export async function updateOfficer(
  db: DatabaseOrTransaction,
  admin: { id: string; unitId: number; roles: readonly string[] },
  officerId: string,
  change: { roles?: string[]; disabled?: boolean },
) {
  const [officer] = await db.select().from(users).where(and(eq(users.id, officerId), eq(users.kind, "officer"), eq(users.unitId, admin.unitId)));
  if (!officer) throw new WorkflowError("not-found", "Không tìm thấy cán bộ trong đơn vị của bạn.");
  if (officer.id === admin.id && change.disabled) throw new WorkflowError("refused", "Bạn không thể tự khóa tài khoản của mình.");
  const parsedRoles = change.roles ? roles.safeParse(change.roles) : undefined;
  if (parsedRoles && !parsedRoles.success) throw new WorkflowError("invalid", parsedRoles.error.issues[0]?.message ?? "Vai trò không hợp lệ");
  const nextRoles = parsedRoles?.data;
  if (nextRoles?.includes("quan-tri-he-thong") && !admin.roles.includes("quan-tri-he-thong")) {
    throw new WorkflowError("refused", "Chỉ quản trị hệ thống được cấp vai trò quản trị hệ thống.");
  }
  await db
    .update(users)
    .set({
      ...(nextRoles ? { roles: nextRoles } : {}),
      ...(change.disabled !== undefined ? { disabledAt: change.disabled ? new Date() : null } : {}),
      updatedAt: new Date(),
    })
    .where(eq(users.id, officer.id));
  if (change.disabled) await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.userId, officer.id));
}
