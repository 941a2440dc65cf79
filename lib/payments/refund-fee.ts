import { and, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { payments } from "@/db/schema";
import { translatorFor } from "@/lib/i18n/translator";
import { applyDossierAction, type ActionResult } from "@/lib/workflow/apply-dossier-action";
import { WorkflowError } from "@/lib/workflow/workflow-error";
import { lockOfficerFee, type OfficerActor } from "./lock-dossier-fee";
import type { PaymentProvider, RefundRequest } from "./payment-provider";
import { workflowNow } from "@/lib/calendar/workflow-now";
import type { FeeActionRequest } from "./cancel-fee";

/**
 * An officer gives a paid fee back through the gateway that took it: the fee becomes refunded with the
 * time, amount, reason and the gateway's receipt, with a history row and the citizen's notification.
 * Idempotent: the fee row stays locked from the check to the update, so a second attempt waits and is
 * then told it was refunded already; the gateway gets our payment id as its idempotency key.
 */
export async function refundFee(
  db: DatabaseOrTransaction,
  provider: PaymentProvider,
  officer: OfficerActor,
  request: FeeActionRequest,
): Promise<ActionResult & { receiptNumber: string }> {
  const now = request.now ?? workflowNow();
  return db.transaction(async (tx) => {
    const { dossier, fee } = await lockOfficerFee(tx, officer, request.paymentId, "refund-payment");
    // The officer reads Vietnamese; the citizen's notice is in the language they filed in (docs/i18n.md).
    if (fee.status === "refunded") {
      throw new WorkflowError(
        "refused",
        fee.refundReceipt
          ? { namespace: "fees", key: "alreadyRefundedReceipt", args: { receipt: fee.refundReceipt } }
          : { namespace: "fees", key: "alreadyRefunded" },
      );
    }
    if (fee.status !== "paid") throw new WorkflowError("refused", { namespace: "fees", key: "notPaid" });
    if (fee.provider !== provider.name) throw new WorkflowError("refused", { namespace: "fees", key: "otherGateway" });
    // The dossier's rules first (role, status, reason, version): the gateway is asked only when they allow it.
    const result = await applyDossierAction(tx, officer, {
      dossierId: fee.dossierId,
      expectedVersion: request.expectedVersion,
      action: "refund-payment",
      note: request.reason,
      amount: fee.amount,
      paymentId: fee.id,
      notice: translatorFor(dossier.locale, "fees")("refundNotice", { amount: fee.amount, reason: request.reason.trim() }),
      now,
    });
    const reason = request.reason.trim();
    const receiptNumber = await refundAtGateway(provider, { paymentId: fee.id, transactionRef: fee.transactionRef, amount: fee.amount, reason });
    if (!receiptNumber) throw new WorkflowError("refused", { namespace: "fees", key: "refundFailed" });
    await tx
      .update(payments)
      .set(refundedColumns({ now, reason, amount: fee.amount, receipt: receiptNumber, by: officer.id }))
      .where(and(eq(payments.id, fee.id), eq(payments.status, "paid")));
    return { ...result, receiptNumber };
  });
}

/** The gateway's refund receipt, or null when it did not refund (logged; the caller refuses and records nothing). */
export async function refundAtGateway(provider: PaymentProvider, request: RefundRequest): Promise<string | null> {
  try {
    return (await provider.refund(request)).receiptNumber;
  } catch (error) {
    console.error("refund failed at the gateway", error);
    return null;
  }
}

/** A fee's columns once refunded in full; `by` is null when the portal refunded on its own. */
export function refundedColumns(facts: { now: Date; reason: string; amount: number; receipt: string; by: string | null }) {
  return {
    status: "refunded",
    refundedAt: facts.now,
    refundReason: facts.reason,
    refundAmount: facts.amount,
    refundReceipt: facts.receipt,
    refundedBy: facts.by,
    updatedAt: facts.now,
  } as const;
}
