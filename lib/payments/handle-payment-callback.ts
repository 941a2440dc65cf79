import { and, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { payments } from "@/db/schema";
import { applyDossierAction } from "@/lib/workflow/apply-dossier-action";
import { lockDossierFee } from "./lock-dossier-fee";
import type { PaymentProvider } from "./payment-provider";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { feeMessages } from "@/lib/messages/fees";

export type CallbackOutcome =
  | { status: "paid"; dossierId: string }
  | { status: "already-paid"; dossierId: string }
  | { status: "failed-payment"; dossierId: string }
  | { status: "rejected"; reason: "signature" | "malformed" | "unknown-payment" | "amount" | "not-waiting" | "cancelled" };

/**
 * A gateway's callback: the signature is checked by the provider, then the amount against what was
 * asked; a repeated callback is answered again without paying twice; a confirmed payment returns the
 * dossier to processing, all in one transaction. A fee the officer cancelled first is not paid.
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
  return db.transaction(async (tx) => {
    // Dossier first, then the fee: the same order as an officer's cancel, so the two queue up.
    const locked = await lockDossierFee(tx, callback.paymentId);
    if (!locked) return { status: "rejected", reason: "unknown-payment" } as const;
    const { dossier, fee: payment } = locked;
    if (payment.status === "paid") return { status: "already-paid", dossierId: payment.dossierId } as const;
    if (payment.status === "cancelled") return { status: "rejected", reason: "cancelled" } as const;
    if (payment.status !== "waiting") return { status: "rejected", reason: "not-waiting" } as const;
    if (callback.amount !== payment.amount) return { status: "rejected", reason: "amount" } as const;
    if (!callback.succeeded) return { status: "failed-payment", dossierId: payment.dossierId } as const;

    await tx
      .update(payments)
      .set({ status: "paid", paidAt: now, provider: provider.name, transactionRef: callback.transactionRef, receiptNumber: `BL-${callback.transactionRef}`, updatedAt: now })
      .where(and(eq(payments.id, payment.id), eq(payments.status, "waiting")));
    if (dossier.status === 6) {
      await applyDossierAction(tx, { kind: "system", name: provider.name }, {
        dossierId: payment.dossierId,
        expectedVersion: dossier.version,
        action: "confirm-payment",
        note: `Đã thanh toán ${feeMessages.vnd(payment.amount)} (mã giao dịch ${callback.transactionRef}).`,
        now,
      });
    }
    return { status: "paid", dossierId: payment.dossierId } as const;
  });
}
