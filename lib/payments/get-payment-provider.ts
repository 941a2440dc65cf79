import { serverEnv, type ServerEnv } from "@/lib/config";
import type { PaymentProvider } from "./payment-provider";
import { createTestGateway, testGatewayAllowed } from "./test-gateway";

/** Development default only; production must set PAYMENT_TEST_SECRET (or use a real provider). */
const DEV_SECRET = "bi-mat-cong-thanh-toan-thu-nghiem";

/**
 * The configured payment provider (PAYMENT_PROVIDER, default "test"). Real gateways plug in here by
 * implementing PaymentProvider; the test gateway is refused in production unless explicitly enabled.
 */
export function getPaymentProvider(env: ServerEnv = serverEnv()): PaymentProvider {
  // PAYMENT_PROVIDER accepts only "test" so far (lib/config.ts refuses other names at start).
  if (!testGatewayAllowed(env))
    throw new Error("Cổng thanh toán thử nghiệm bị tắt trong môi trường production (PAYMENT_TEST_GATEWAY_IN_PRODUCTION=1 để bật).");
  const secret = env.PAYMENT_TEST_SECRET ?? (env.NODE_ENV === "production" ? undefined : DEV_SECRET);
  if (!secret) throw new Error("Thiếu PAYMENT_TEST_SECRET.");
  return createTestGateway(secret);
}

export function paymentSecret(env: Pick<ServerEnv, "PAYMENT_TEST_SECRET"> = serverEnv()): string {
  return env.PAYMENT_TEST_SECRET ?? DEV_SECRET;
}

/** Where the citizen pays, or null when no gateway is configured (the page then says so instead of failing). */
export function paymentCheckoutUrl(request: { paymentId: string; dossierCode: string; amount: number; description: string }): string | null {
  try {
    return getPaymentProvider().checkoutUrl({ ...request, returnUrl: "", callbackUrl: "" });
  } catch (error) {
    console.warn("Payment provider unavailable:", error instanceof Error ? error.message : error);
    return null;
  }
}
