import { desc, eq, lt } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DatabaseOrTransaction } from "@/db/client";
import { auditLog, units, users } from "@/db/schema";

export type AuditAction =
  "officer.create" | "officer.roles" | "officer.disable" | "officer.enable" | "account.password" | "account.reset-password" | "account.contact";

export interface AuditEntry {
  actor: { id: string; name: string } | null;
  action: AuditAction;
  target: { id: string; name: string };
  unitId?: number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  at?: Date;
}

/** Appends one entry; call it inside the transaction of the change it records. */
export async function recordAudit(db: DatabaseOrTransaction, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    at: entry.at ?? new Date(),
    actorUserId: entry.actor?.id ?? null,
    actorName: entry.actor?.name ?? "",
    action: entry.action,
    targetUserId: entry.target.id,
    targetName: entry.target.name,
    unitId: entry.unitId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

export const AUDIT_PAGE_SIZE = 50;

const target = alias(users, "target");

/** The newest entries first, AUDIT_PAGE_SIZE at a time; `beforeId` pages further back. */
export async function listAuditLog(db: DatabaseOrTransaction, options: { beforeId?: number } = {}) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorName: auditLog.actorName,
      actorEmail: users.email,
      targetName: auditLog.targetName,
      targetEmail: target.email,
      unitName: units.name,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(target, eq(target.id, auditLog.targetUserId))
    .leftJoin(units, eq(units.id, auditLog.unitId))
    .where(options.beforeId ? lt(auditLog.id, options.beforeId) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE);
}
