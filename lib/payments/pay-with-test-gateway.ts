import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers, payments } from "@/db/schema";
import { isUuid } from "@/lib/validation/boundary-schemas";
import { handlePaymentCallback } from "./handle-payment-callback";
import { getPaymentProvider, paymentSecret } from "./get-payment-provider";
import { SIGNATURE_HEADER, signPayload } from "./test-gateway";

/** A waiting payment of one of the user's dossiers, for the test gateway's page. */
export async function getOwnPayment(db: DatabaseOrTransaction, paymentId: string, userId: string) {
  if (!isUuid(paymentId)) return null;
  const [row] = await db
    .select({ payment: payments, code: dossiers.code, serviceName: dossiers.serviceName })
    .from(payments)
    .innerJoin(dossiers, eq(dossiers.id, payments.dossierId))
    .where(and(eq(payments.id, paymentId), eq(dossiers.userId, userId)));
  return row ?? null;
}

/**
 * The test gateway "pays": it sends itself the callback a real gateway would send, signed the same way,
 * through the same handler — so the test mode exercises the real verification path.
 */
export async function payWithTestGateway(db: DatabaseOrTransaction, paymentId: string, userId: string, succeeded: boolean) {
  const own = await getOwnPayment(db, paymentId, userId);
  if (!own) return null;
  const body = JSON.stringify({ paymentId, amount: own.payment.amount, transactionRef: `TEST-${randomUUID()}`, succeeded });
  const headers = new Headers({ [SIGNATURE_HEADER]: signPayload(body, paymentSecret()) });
  return handlePaymentCallback(db, getPaymentProvider(), body, headers);
}
