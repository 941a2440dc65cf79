import { eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers, payments } from "@/db/schema";
import type { ActingUser } from "@/lib/workflow/apply-dossier-action";
import { mayOfficer, type OfficerAction } from "@/lib/workflow/permissions";
import { DOSSIER_NOT_FOUND, WorkflowError } from "@/lib/workflow/workflow-error";

export type OfficerActor = Extract<ActingUser, { kind: "officer" }>;

/**
 * Locks a fee's dossier, then the fee — always in this order (the dossier's actions lock the dossier
 * first too), so a gateway callback and an officer's cancel or refund of the same fee queue up instead
 * of deadlocking, and the second one sees what the first did. Call inside a transaction.
 */
export async function lockDossierFee(tx: DatabaseOrTransaction, paymentId: string) {
  const [dossier] = await tx
    .select({ id: dossiers.id, unitId: dossiers.unitId, status: dossiers.status, version: dossiers.version, locale: dossiers.locale })
    .from(dossiers)
    .innerJoin(payments, eq(payments.dossierId, dossiers.id))
    .where(eq(payments.id, paymentId))
    .for("update", { of: dossiers });
  if (!dossier) return null;
  const [fee] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for("update");
  return fee ? { dossier, fee } : null;
}

/** The same, for an officer of the dossier's unit whose role allows `action`: another unit's officer is told "not found". */
export async function lockOfficerFee(tx: DatabaseOrTransaction, officer: OfficerActor, paymentId: string, action: OfficerAction) {
  const locked = await lockDossierFee(tx, paymentId);
  if (!locked || locked.dossier.unitId !== officer.unitId) throw new WorkflowError("not-found", DOSSIER_NOT_FOUND);
  if (!mayOfficer(officer.roles, action)) throw new WorkflowError("refused", { key: "roleRefusal" });
  return locked;
}
