import { hashPassword } from "@/lib/auth/password";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { inputString } from "@/lib/validation/boundary-schemas";
import type { DatabaseOrTransaction } from "@/db/client";
import { divisions, sessions, users } from "@/db/schema";
import { grantableRoles, OFFICER_ROLES, type OfficerRole } from "@/lib/workflow/permissions";
import { WorkflowError } from "@/lib/workflow/workflow-error";
import { divisionNameInUnit } from "@/lib/organisation/list-unit-divisions";
import { recordAudit } from "./record-audit";

const roles = z.array(z.enum(OFFICER_ROLES, { error: "validation.officer.roleInvalid" })).min(1, "validation.officer.rolesRequired");

export const newOfficerSchema = z.object({
  fullName: inputString().trim().min(2, "validation.officer.fullNameRequired").max(200),
  email: inputString().trim().toLowerCase().email("validation.officer.emailInvalid"),
  roles,
  password: inputString().min(10, "validation.officer.passwordTooShort").max(200),
  /** The officer's division in the admin's unit; "" (not yet placed) leaves it empty. */
  divisionId: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce
      .number({ error: "validation.officer.divisionInvalid" })
      .int("validation.officer.divisionInvalid")
      .min(1, "validation.officer.divisionInvalid")
      .max(2_147_483_647, "validation.officer.divisionInvalid")
      .optional(),
  ),
});

/** The administrator making a change: their own unit and roles decide what they may do. */
export interface OfficerAdmin {
  id: string;
  fullName?: string;
  unitId: number;
  roles: readonly string[];
}

export async function listUnitOfficers(db: DatabaseOrTransaction, unitId: number) {
  return db
    .select({
      id: users.id,
      fullName: users.fullName,
      email: users.email,
      roles: users.roles,
      disabledAt: users.disabledAt,
      totpConfirmedAt: users.totpConfirmedAt,
      divisionName: divisions.name,
    })
    .from(users)
    .leftJoin(divisions, eq(divisions.id, users.divisionId))
    .where(and(eq(users.kind, "officer"), eq(users.unitId, unitId)))
    .orderBy(asc(users.fullName));
}

/** Refuses roles outside what the admin's roles may grant (GRANTABLE_ROLES, the permission table). */
function assertGrantable(admin: OfficerAdmin, changed: readonly string[]) {
  const allowed = grantableRoles(admin.roles);
  const refused = changed.filter((role) => !allowed.includes(role as OfficerRole));
  if (refused.length > 0) {
    throw new WorkflowError("refused", { key: "rolesNotGrantable", roles: refused });
  }
}

const actorOf = (admin: OfficerAdmin) => ({ id: admin.id, name: admin.fullName ?? "" });

/**
 * A unit admin adds an officer to their own unit (never another), in one of that unit's divisions if
 * chosen, with roles the permission table lets them grant; the officer sets up the TOTP second factor on
 * first sign-in. Audited in the same transaction.
 */
export async function createOfficer(db: DatabaseOrTransaction, admin: OfficerAdmin, input: z.infer<typeof newOfficerSchema>) {
  assertGrantable(admin, input.roles);
  const division = input.divisionId === undefined ? null : await divisionNameInUnit(db, input.divisionId, admin.unitId);
  if (input.divisionId !== undefined && division === null) throw new WorkflowError("invalid", { key: "divisionNotInUnit" }, "divisionId");
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (taken) throw new WorkflowError("invalid", { key: "emailTaken" });
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [officer] = await tx
      .insert(users)
      .values({
        kind: "officer",
        email: input.email,
        fullName: input.fullName,
        roles: input.roles,
        unitId: admin.unitId,
        divisionId: input.divisionId ?? null,
        passwordHash,
        emailVerifiedAt: new Date(),
      })
      .returning({ id: users.id });
    await recordAudit(tx, {
      actor: actorOf(admin),
      action: "officer.create",
      target: { id: officer!.id, name: input.fullName },
      unitId: admin.unitId,
      before: null,
      after: { email: input.email, roles: input.roles, ...(division ? { division } : {}) },
    });
    return officer!.id;
  });
}

/**
 * Changes roles or disables an officer of the admin's own unit; disabling revokes their sessions. Nobody
 * changes their own roles or disables themselves, and only roles the admin may grant can be added or
 * taken away. Each change is audited (before / after) in the same transaction.
 */
export async function updateOfficer(
  db: DatabaseOrTransaction,
  admin: OfficerAdmin,
  officerId: string,
  change: { roles?: string[]; disabled?: boolean },
) {
  const parsedRoles = change.roles ? roles.safeParse(change.roles) : undefined;
  if (parsedRoles && !parsedRoles.success)
    throw new WorkflowError("invalid", parsedRoles.error.issues[0]?.message ?? "validation.officer.roleInvalid");
  await db.transaction(async (tx) => {
    const [officer] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, officerId), eq(users.kind, "officer"), eq(users.unitId, admin.unitId)))
      .for("update");
    if (!officer) throw new WorkflowError("not-found", { key: "officerNotFound" });
    if (officer.id === admin.id && change.disabled) throw new WorkflowError("refused", { key: "cannotDisableSelf" });
    const now = new Date();
    const target = { id: officer.id, name: officer.fullName };
    const nextRoles = parsedRoles?.data;
    if (nextRoles) {
      if (officer.id === admin.id) throw new WorkflowError("refused", { key: "cannotChangeOwnRoles" });
      const changed = [...nextRoles.filter((r) => !officer.roles.includes(r)), ...officer.roles.filter((r) => !nextRoles.includes(r as OfficerRole))];
      assertGrantable(admin, changed);
      if (changed.length > 0) {
        await tx.update(users).set({ roles: nextRoles, updatedAt: now }).where(eq(users.id, officer.id));
        await recordAudit(tx, {
          actor: actorOf(admin),
          action: "officer.roles",
          target,
          unitId: officer.unitId,
          before: { roles: officer.roles },
          after: { roles: nextRoles },
          at: now,
        });
      }
    }
    if (change.disabled !== undefined && change.disabled !== (officer.disabledAt !== null)) {
      await tx
        .update(users)
        .set({ disabledAt: change.disabled ? now : null, updatedAt: now })
        .where(eq(users.id, officer.id));
      if (change.disabled) await tx.update(sessions).set({ revokedAt: now }).where(eq(sessions.userId, officer.id));
      await recordAudit(tx, {
        actor: actorOf(admin),
        action: change.disabled ? "officer.disable" : "officer.enable",
        target,
        unitId: officer.unitId,
        before: { disabled: officer.disabledAt !== null },
        after: { disabled: change.disabled },
        at: now,
      });
    }
  });
}
