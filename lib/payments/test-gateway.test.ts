import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config";
import { SIGNATURE_HEADER, createTestGateway, signPayload, testGatewayAllowed } from "./test-gateway";

const gateway = createTestGateway("bi-mat");
const body = JSON.stringify({ paymentId: "3f0c1f4e-2b8a-4d7e-9c1a-0b5e6d7f8a9b", amount: 50000, transactionRef: "TG-1", succeeded: true });

describe("test payment gateway", () => {
  it("accepts a callback signed with the shared secret", () => {
    const headers = new Headers({ [SIGNATURE_HEADER]: signPayload(body, "bi-mat") });
    expect(gateway.verifyCallback(body, headers)).toEqual({ ok: true, callback: JSON.parse(body) });
  });

  it("refuses a missing, wrong or other-secret signature, and a tampered body", () => {
    expect(gateway.verifyCallback(body, new Headers())).toEqual({ ok: false, reason: "signature" });
    expect(gateway.verifyCallback(body, new Headers({ [SIGNATURE_HEADER]: signPayload(body, "khac") }))).toEqual({ ok: false, reason: "signature" });
    const tampered = body.replace("50000", "5000");
    expect(gateway.verifyCallback(tampered, new Headers({ [SIGNATURE_HEADER]: signPayload(body, "bi-mat") }))).toEqual({
      ok: false,
      reason: "signature",
    });
  });

  it("refuses a signed but malformed body", () => {
    const bad = JSON.stringify({ paymentId: "x", amount: -1 });
    expect(gateway.verifyCallback(bad, new Headers({ [SIGNATURE_HEADER]: signPayload(bad, "bi-mat") }))).toEqual({ ok: false, reason: "malformed" });
    expect(gateway.verifyCallback("{", new Headers({ [SIGNATURE_HEADER]: signPayload("{", "bi-mat") }))).toEqual({ ok: false, reason: "malformed" });
  });

  it("refunds with a receipt number derived from the payment, the same when asked twice", async () => {
    const request = { paymentId: "3f0c1f4e-2b8a-4d7e-9c1a-0b5e6d7f8a9b", transactionRef: "TG-1", amount: 50000, reason: "Dừng xử lý" };
    expect(await gateway.refund(request)).toEqual({ receiptNumber: "HP-TG-1" });
    expect(await gateway.refund(request)).toEqual({ receiptNumber: "HP-TG-1" });
  });

  it("is in test mode, pays on our own page, and is refused in production unless enabled", () => {
    expect(gateway.testMode).toBe(true);
    expect(gateway.checkoutUrl({ paymentId: "abc", dossierCode: "x", amount: 1, description: "", returnUrl: "", callbackUrl: "" })).toBe(
      "/thanh-toan-thu/abc",
    );
    expect(testGatewayAllowed(parseEnv({ NODE_ENV: "development" }))).toBe(true);
    expect(testGatewayAllowed(parseEnv({ NODE_ENV: "production" }))).toBe(false);
    expect(testGatewayAllowed(parseEnv({ NODE_ENV: "production", PAYMENT_TEST_GATEWAY_IN_PRODUCTION: "1" }))).toBe(true);
  });
});

describe("test payment gateway signature bytes", () => {
  it("refuses a signature of the right length in characters but not in bytes, without throwing", () => {
    const right = signPayload(body, "bi-mat");
    // 63 ASCII characters and one 'é': 64 characters, 65 bytes.
    const sneaky = `${right.slice(0, 63)}é`;
    expect(gateway.verifyCallback(body, new Headers({ [SIGNATURE_HEADER]: sneaky }))).toEqual({ ok: false, reason: "signature" });
    expect(gateway.verifyCallback(body, new Headers({ [SIGNATURE_HEADER]: "ééééé" }))).toEqual({ ok: false, reason: "signature" });
  });
});
