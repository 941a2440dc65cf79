/**
 * The seam for the payment gateways a province uses (the national portal's payment platform, VNPay,
 * Napas …): one provider per gateway, chosen by PAYMENT_PROVIDER. A provider builds the address where
 * the citizen pays and checks the gateway's callback; the portal then verifies the amount and records
 * the receipt once.
 */
export interface PaymentRequest {
  /** Our payment id, echoed back by the gateway. */
  paymentId: string;
  dossierCode: string;
  /** Whole đồng. */
  amount: number;
  description: string;
  returnUrl: string;
  callbackUrl: string;
}

export interface PaymentCallback {
  paymentId: string;
  amount: number;
  /** The gateway's own transaction reference. */
  transactionRef: string;
  succeeded: boolean;
}

export interface RefundRequest {
  /** Our payment id: a gateway must treat it as the refund's idempotency key (one refund per payment). */
  paymentId: string;
  /** The gateway's reference of the original payment. */
  transactionRef: string | null;
  /** Whole đồng. */
  amount: number;
  reason: string;
}

export interface RefundReceipt {
  /** The refund receipt number to show the citizen. */
  receiptNumber: string;
}

export type CallbackCheck = { ok: true; callback: PaymentCallback } | { ok: false; reason: "signature" | "malformed" };

export interface PaymentProvider {
  readonly name: string;
  /** Shown prominently when true: no real money moves. */
  readonly testMode: boolean;
  checkoutUrl(request: PaymentRequest): string;
  verifyCallback(body: string, headers: Headers): CallbackCheck;
  /** Gives a paid fee back in full; throws when the gateway did not. */
  refund(request: RefundRequest): Promise<RefundReceipt>;
}
