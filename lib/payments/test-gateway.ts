import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { serverEnv, type ServerEnv } from "@/lib/config";
import type { CallbackCheck, PaymentProvider, PaymentRequest, RefundRequest } from "./payment-provider";

export const SIGNATURE_HEADER = "x-test-gateway-signature";

const callbackSchema = z.object({
  paymentId: z.string().uuid(),
  amount: z.number().int().positive(),
  transactionRef: z.string().min(1).max(100),
  succeeded: z.boolean(),
});

export function signPayload(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body).digest("hex");
}

/**
 * The built-in test gateway: the "payment page" is ours (/thanh-toan-thu/<id>), and its callback is a
 * JSON body signed with HMAC-SHA256 in a header. Refused in production unless explicitly enabled.
 */
export function createTestGateway(secret: string): PaymentProvider {
  return {
    name: "Cổng thanh toán thử nghiệm",
    testMode: true,
    checkoutUrl(request: PaymentRequest) {
      // Our own page: a path, so the citizen stays on the host (and session) they came by.
      return `/thanh-toan-thu/${encodeURIComponent(request.paymentId)}`;
    },
    verifyCallback(body: string, headers: Headers): CallbackCheck {
      // Compared as bytes: a header may carry non-ASCII characters, whose string length is not their byte
      // length, and timingSafeEqual throws on buffers of different lengths.
      const given = Buffer.from(headers.get(SIGNATURE_HEADER) ?? "", "utf8");
      const expected = Buffer.from(signPayload(body, secret), "utf8");
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { ok: false, reason: "signature" };
      }
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        return { ok: false, reason: "malformed" };
      }
      const parsed = callbackSchema.safeParse(json);
      return parsed.success ? { ok: true, callback: parsed.data } : { ok: false, reason: "malformed" };
    },
    async refund(request: RefundRequest) {
      // No money moves; the receipt number follows from the payment, so asking twice gives the same one.
      return { receiptNumber: `HP-${request.transactionRef ?? request.paymentId}` };
    },
  };
}

/** Whether the test gateway may run: always outside production; in production only when asked for. */
export function testGatewayAllowed(env: Pick<ServerEnv, "NODE_ENV" | "PAYMENT_TEST_GATEWAY_IN_PRODUCTION"> = serverEnv()): boolean {
  return env.NODE_ENV !== "production" || env.PAYMENT_TEST_GATEWAY_IN_PRODUCTION === "1";
}
