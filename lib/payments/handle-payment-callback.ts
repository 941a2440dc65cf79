import { and, eq, ne } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { payments } from "@/db/schema";
import { applyDossierAction } from "@/lib/workflow/apply-dossier-action";
import { STATUS } from "@/lib/workflow/statuses";
import { lockDossierFee } from "./lock-dossier-fee";
import type { PaymentProvider } from "./payment-provider";
import { refundAtGateway, refundedColumns } from "./refund-fee";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { translatorFor } from "@/lib/i18n/translator";
import { uniqueViolation } from "@/lib/accounts/unique-violation";

export type CallbackOutcome =
  | { status: "paid"; dossierId: string }
  | { status: "already-paid"; dossierId: string }
  | { status: "refunded"; dossierId: string; refundReceipt: string }
  | { status: "already-refunded"; dossierId: string }
  | { status: "failed-payment"; dossierId: string }
  | {
      status: "rejected";
      reason: "signature" | "malformed" | "unknown-payment" | "amount" | "not-waiting" | "cancelled" | "refund-failed" | "duplicate-reference";
    };

/** The gateway would not give back money taken for a cancelled fee: nothing is recorded, the gateway retries. */
class GatewayRefundError extends Error {}

/**
 * A gateway's callback: the signature is checked by the provider, then the amount against what was
 * asked; a repeated callback is answered again without paying twice; a confirmed payment returns the
 * dossier to processing, all in one transaction. A fee the officer cancelled first is not paid: when the
 * gateway took the money anyway (the citizen was paying as the officer cancelled), it is refunded at once
 * through the same gateway, with a history row and the citizen's notification; should the gateway refuse,
 * nothing is recorded and the callback answers an error, so the gateway calls again.
 */
export async function handlePaymentCallback(
  db: DatabaseOrTransaction,
  provider: PaymentProvider,
  body: string,
  headers: Headers,
  now: Date = workflowNow(),
): Promise<CallbackOutcome> {
  const check = provider.verifyCallback(body, headers);
  if (!check.ok) return { status: "rejected", reason: check.reason };
  const { callback } = check;
  const handled = db.transaction(async (tx): Promise<CallbackOutcome> => {
    // Dossier first, then the fee: the same order as an officer's cancel, so the two queue up.
    const locked = await lockDossierFee(tx, callback.paymentId);
    if (!locked) return { status: "rejected", reason: "unknown-payment" } as const;
    const { dossier, fee: payment } = locked;
    if (payment.status === "paid") return { status: "already-paid", dossierId: payment.dossierId } as const;
    if (payment.status === "refunded" && payment.refundedBy === null && payment.transactionRef === callback.transactionRef) {
      return { status: "already-refunded", dossierId: payment.dossierId } as const;
    }
    if (payment.status === "cancelled" && !callback.succeeded) return { status: "rejected", reason: "cancelled" } as const;
    if (payment.status !== "waiting" && payment.status !== "cancelled") return { status: "rejected", reason: "not-waiting" } as const;
    if (callback.amount !== payment.amount) return { status: "rejected", reason: "amount" } as const;
    if (!callback.succeeded) return { status: "failed-payment", dossierId: payment.dossierId } as const;
    // A gateway reference names one transaction: already recorded on another payment, it is a replay or a
    // gateway fault, never a second payment (the unique index would refuse it anyway, see the catch below).
    if (await referenceTakenByAnother(tx, provider.name, callback.transactionRef, payment.id)) {
      return { status: "rejected", reason: "duplicate-reference" } as const;
    }
    const paid = { paidAt: now, provider: provider.name, transactionRef: callback.transactionRef, receiptNumber: `BL-${callback.transactionRef}` };

    if (payment.status === "cancelled") {
      // The reason is the officers' record (Vietnamese); the citizen's notice is in their language (docs/i18n.md).
      const vi = translatorFor("vi", "fees");
      const cancelReason = payment.cancelReason?.trim();
      const reason = cancelReason ? vi("autoRefundReasonCancel", { reason: cancelReason }) : vi("autoRefundReason");
      const own = translatorFor(dossier.locale, "fees");
      const ownReason = cancelReason ? own("autoRefundReasonCancel", { reason: cancelReason }) : own("autoRefundReason");
      await applyDossierAction(
        tx,
        { kind: "system", name: provider.name },
        {
          dossierId: payment.dossierId,
          expectedVersion: dossier.version,
          action: "refund-cancelled-payment",
          note: reason,
          amount: payment.amount,
          paymentId: payment.id,
          notice: own("refundNotice", { amount: payment.amount, reason: ownReason }),
          now,
        },
      );
      const refundReceipt = await refundAtGateway(provider, {
        paymentId: payment.id,
        transactionRef: callback.transactionRef,
        amount: payment.amount,
        reason,
      });
      if (!refundReceipt) throw new GatewayRefundError();
      // The fee was taken and given back: paid and refunded facts; why it was cancelled is in the reason.
      await tx
        .update(payments)
        .set({
          ...paid,
          cancelledAt: null,
          cancelReason: null,
          cancelledBy: null,
          ...refundedColumns({ now, reason, amount: payment.amount, receipt: refundReceipt, by: null }),
        })
        .where(and(eq(payments.id, payment.id), eq(payments.status, "cancelled")));
      return { status: "refunded", dossierId: payment.dossierId, refundReceipt } as const;
    }

    await tx
      .update(payments)
      .set({ status: "paid", ...paid, updatedAt: now })
      .where(and(eq(payments.id, payment.id), eq(payments.status, "waiting")));
    if (dossier.status === STATUS.PAYMENT_REQUESTED) {
      await applyDossierAction(
        tx,
        { kind: "system", name: provider.name },
        {
          dossierId: payment.dossierId,
          expectedVersion: dossier.version,
          action: "confirm-payment",
          note: translatorFor("vi", "fees")("paidNote", { amount: payment.amount, reference: callback.transactionRef }),
          now,
        },
      );
    }
    return { status: "paid", dossierId: payment.dossierId } as const;
  });
  return handled.catch((error: unknown) => {
    if (error instanceof GatewayRefundError) return { status: "rejected", reason: "refund-failed" } as const;
    // Two callbacks naming the same reference for two payments at once: the second loses at the index.
    if (uniqueViolation(error) === TRANSACTION_KEY) return { status: "rejected", reason: "duplicate-reference" } as const;
    throw error;
  });
}

const TRANSACTION_KEY = "payments_transaction_key";

async function referenceTakenByAnother(tx: DatabaseOrTransaction, provider: string, transactionRef: string, paymentId: string): Promise<boolean> {
  const [other] = await tx
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.provider, provider), eq(payments.transactionRef, transactionRef), ne(payments.id, paymentId)))
    .limit(1);
  return other !== undefined;
}
