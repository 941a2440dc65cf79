import { desc, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { payments } from "@/db/schema";

/** A dossier's fees, newest first, with what each status records (the caller has checked the viewer's right). */
export function listDossierFees(db: DatabaseOrTransaction, dossierId: string) {
  return db
    .select({
      id: payments.id,
      amount: payments.amount,
      status: payments.status,
      requestedAt: payments.requestedAt,
      paidAt: payments.paidAt,
      receiptNumber: payments.receiptNumber,
      cancelledAt: payments.cancelledAt,
      cancelReason: payments.cancelReason,
      refundedAt: payments.refundedAt,
      refundAmount: payments.refundAmount,
      refundReason: payments.refundReason,
      refundReceipt: payments.refundReceipt,
    })
    .from(payments)
    .where(eq(payments.dossierId, dossierId))
    .orderBy(desc(payments.requestedAt), desc(payments.id));
}

export type DossierFee = Awaited<ReturnType<typeof listDossierFees>>[number];
