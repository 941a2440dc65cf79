import { and, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { payments } from "@/db/schema";

/**
 * Cancels the fees still waiting on a dossier (at most one: a fee is asked only from processing), in
 * the caller's transaction, which holds the dossier's lock. Returns the ids cancelled.
 */
export async function cancelWaitingFees(
  tx: DatabaseOrTransaction,
  dossierId: string,
  cancel: { reason: string; by: string | null; now: Date },
): Promise<string[]> {
  const rows = await tx
    .update(payments)
    .set({ status: "cancelled", cancelledAt: cancel.now, cancelReason: cancel.reason.trim(), cancelledBy: cancel.by, updatedAt: cancel.now })
    .where(and(eq(payments.dossierId, dossierId), eq(payments.status, "waiting")))
    .returning({ id: payments.id });
  return rows.map((r) => r.id);
}
