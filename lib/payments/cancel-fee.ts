import type { DatabaseOrTransaction } from "@/db/client";
import { translatorFor } from "@/lib/i18n/translator";
import { applyDossierAction, type ActionResult } from "@/lib/workflow/apply-dossier-action";
import { WorkflowError } from "@/lib/workflow/workflow-error";
import { lockOfficerFee, type OfficerActor } from "./lock-dossier-fee";

/** What an officer sends to cancel or refund a fee. */
export interface FeeActionRequest {
  paymentId: string;
  /** The dossier version the officer saw. */
  expectedVersion: number;
  reason: string;
  now?: Date;
}

/**
 * An officer cancels a fee still waiting (dossier in status 6): the fee is cancelled with the reason and
 * the dossier goes back to processing, its clock untouched, with its history row and the citizen's
 * notification — one transaction. A fee paid meanwhile is not cancelled, and the officer is told so.
 */
export async function cancelFee(db: DatabaseOrTransaction, officer: OfficerActor, request: FeeActionRequest): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const { dossier, fee } = await lockOfficerFee(tx, officer, request.paymentId, "cancel-payment");
    // The officer reads Vietnamese; the citizen's notice is in the language they filed in (docs/i18n.md).
    if (fee.status === "paid" || fee.status === "refunded") throw new WorkflowError("refused", { namespace: "fees", key: "alreadyPaid" });
    if (fee.status === "cancelled") throw new WorkflowError("refused", { namespace: "fees", key: "alreadyCancelled" });
    // applyDossierAction cancels the waiting fee itself (cancel-payment), under the same locks.
    return applyDossierAction(tx, officer, {
      dossierId: fee.dossierId,
      expectedVersion: request.expectedVersion,
      action: "cancel-payment",
      note: request.reason,
      paymentId: fee.id,
      notice: translatorFor(dossier.locale, "fees")("cancelNotice", { amount: fee.amount, reason: request.reason.trim() }),
      now: request.now,
    });
  });
}
