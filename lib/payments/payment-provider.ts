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

export type CallbackCheck = { ok: true; callback: PaymentCallback } | { ok: false; reason: "signature" | "malformed" };

export interface PaymentProvider {
  readonly name: string;
  /** Shown prominently when true: no real money moves. */
  readonly testMode: boolean;
  checkoutUrl(request: PaymentRequest): string;
  verifyCallback(body: string, headers: Headers): CallbackCheck;
}
