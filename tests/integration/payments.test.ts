import { describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossierHistory, dossiers, payments } from "@/db/schema";
import { handlePaymentCallback } from "@/lib/payments/handle-payment-callback";
import { SIGNATURE_HEADER, createTestGateway, signPayload } from "@/lib/payments/test-gateway";
import { getOwnPayment, payWithTestGateway } from "@/lib/payments/pay-with-test-gateway";
import { applyDossierAction, type ActingUser } from "@/lib/workflow/apply-dossier-action";
import { createDossier, createUser, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;
const gateway = createTestGateway("bi-mat-thu");

async function dossierWaitingForPayment(amount: number) {
  const anMy = await unitId(db, "000.01.22.H47");
  const u = await createUser(db, { kind: "officer", unitId: anMy, roles: ["tiep-nhan", "chuyen-vien"] });
  const reception: ActingUser = { kind: "officer", id: u.id, name: u.fullName, unitId: anMy, roles: u.roles };
  const specialist = await createUser(db, { kind: "officer", unitId: anMy, roles: ["chuyen-vien"] });
  const citizen = await createUser(db, { kind: "citizen" });
  const d = await createDossier(db, { serviceCode: "1.000308", unitId: anMy, userId: citizen.id, submittedAt: new Date("2026-11-30T02:00:00Z") });
  await applyDossierAction(db, reception, { dossierId: d.id, expectedVersion: 1, action: "receive" });
  await applyDossierAction(db, reception, { dossierId: d.id, expectedVersion: 2, action: "assign", assigneeId: specialist.id });
  await applyDossierAction(db, reception, { dossierId: d.id, expectedVersion: 3, action: "request-payment", amount });
  const [payment] = await db.select().from(payments).where(eq(payments.dossierId, d.id));
  return { dossier: d, payment: payment!, citizenId: citizen.id };
}

function signed(body: object, secret = "bi-mat-thu"): [string, Headers] {
  const text = JSON.stringify(body);
  return [text, new Headers({ [SIGNATURE_HEADER]: signPayload(text, secret) })];
}

setupTestDatabase((handle) => (db = handle.db));

describe("payment callbacks", () => {
  it("pays once and returns the dossier to processing, however often the gateway calls back", async () => {
    const { dossier, payment } = await dossierWaitingForPayment(50_000);
    const [body, headers] = signed({ paymentId: payment.id, amount: 50_000, transactionRef: "TG-001", succeeded: true });
    const outcomes = await Promise.all([handlePaymentCallback(db, gateway, body, headers), handlePaymentCallback(db, gateway, body, headers)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["already-paid", "paid"]);
    expect((await handlePaymentCallback(db, gateway, body, headers)).status).toBe("already-paid");
    const [paid] = await db.select().from(payments).where(eq(payments.id, payment.id));
    expect(paid).toMatchObject({ status: "paid", transactionRef: "TG-001" });
    const [after] = await db.select().from(dossiers).where(eq(dossiers.id, dossier.id));
    expect(after!.status).toBe(4);
    const confirmations = await db
      .select()
      .from(dossierHistory)
      .where(and(eq(dossierHistory.dossierId, dossier.id), eq(dossierHistory.action, "confirm-payment")));
    expect(confirmations).toHaveLength(1);
  });

  it("rejects a bad signature and a wrong amount, changing nothing", async () => {
    const { dossier, payment } = await dossierWaitingForPayment(30_000);
    const [forged, forgedHeaders] = signed({ paymentId: payment.id, amount: 30_000, transactionRef: "TG-X", succeeded: true }, "sai-bi-mat");
    expect(await handlePaymentCallback(db, gateway, forged, forgedHeaders)).toEqual({ status: "rejected", reason: "signature" });
    const [cheap, cheapHeaders] = signed({ paymentId: payment.id, amount: 3_000, transactionRef: "TG-Y", succeeded: true });
    expect(await handlePaymentCallback(db, gateway, cheap, cheapHeaders)).toEqual({ status: "rejected", reason: "amount" });
    const [unknown, unknownHeaders] = signed({
      paymentId: "00000000-0000-4000-8000-000000000000",
      amount: 30_000,
      transactionRef: "TG-Z",
      succeeded: true,
    });
    expect(await handlePaymentCallback(db, gateway, unknown, unknownHeaders)).toEqual({ status: "rejected", reason: "unknown-payment" });
    const [still] = await db.select().from(payments).where(eq(payments.id, payment.id));
    expect(still!.status).toBe("waiting");
    const [d] = await db.select().from(dossiers).where(eq(dossiers.id, dossier.id));
    expect(d!.status).toBe(6);
  });
});

describe("a gateway reference used twice", () => {
  it("refuses a callback naming a reference another payment already holds, changing nothing (not a unique-violation 500)", async () => {
    const first = await dossierWaitingForPayment(40_000);
    const second = await dossierWaitingForPayment(40_000);
    const [paidBody, paidHeaders] = signed({ paymentId: first.payment.id, amount: 40_000, transactionRef: "TG-DUP-1", succeeded: true });
    expect((await handlePaymentCallback(db, gateway, paidBody, paidHeaders)).status).toBe("paid");
    const [body, headers] = signed({ paymentId: second.payment.id, amount: 40_000, transactionRef: "TG-DUP-1", succeeded: true });
    expect(await handlePaymentCallback(db, gateway, body, headers)).toEqual({ status: "rejected", reason: "duplicate-reference" });
    expect(await handlePaymentCallback(db, gateway, body, headers)).toEqual({ status: "rejected", reason: "duplicate-reference" });
    const [still] = await db.select().from(payments).where(eq(payments.id, second.payment.id));
    expect(still).toMatchObject({ status: "waiting", transactionRef: null });
    const [d] = await db.select().from(dossiers).where(eq(dossiers.id, second.dossier.id));
    expect(d!.status).toBe(6);
    // The first payment's own repeat is still answered as before.
    expect((await handlePaymentCallback(db, gateway, paidBody, paidHeaders)).status).toBe("already-paid");
  });

  it("lets one of two payments racing with the same reference have it, the other refused", async () => {
    const waiting = await Promise.all([dossierWaitingForPayment(15_000), dossierWaitingForPayment(15_000), dossierWaitingForPayment(15_000)]);
    const outcomes = await Promise.all(
      waiting.map(({ payment }) => {
        const [body, headers] = signed({ paymentId: payment.id, amount: 15_000, transactionRef: "TG-RACE-1", succeeded: true });
        return handlePaymentCallback(db, gateway, body, headers);
      }),
    );
    expect(outcomes.map((o) => (o.status === "rejected" ? o.reason : o.status)).sort()).toEqual([
      "duplicate-reference",
      "duplicate-reference",
      "paid",
    ]);
  });
});

describe("the test gateway's page", () => {
  it("gives every payment a reference of its own, even two in the same millisecond", async () => {
    const first = await dossierWaitingForPayment(10_000);
    const second = await dossierWaitingForPayment(10_000);
    const now = vi.spyOn(Date, "now").mockReturnValue(Date.parse("2026-12-01T03:00:00Z"));
    try {
      expect(await payWithTestGateway(db, first.payment.id, first.citizenId, true)).toMatchObject({ status: "paid" });
      expect(await payWithTestGateway(db, second.payment.id, second.citizenId, true)).toMatchObject({ status: "paid" });
    } finally {
      now.mockRestore();
    }
    const refs = await db.select({ ref: payments.transactionRef }).from(payments).where(eq(payments.status, "paid"));
    expect(new Set(refs.map((r) => r.ref)).size).toBe(refs.length);
  });

  it("lets only the owner pay, through the same signed callback path", async () => {
    const { dossier, payment, citizenId } = await dossierWaitingForPayment(20_000);
    const stranger = await createUser(db, { kind: "citizen" });
    expect(await getOwnPayment(db, payment.id, stranger.id)).toBeNull();
    expect(await payWithTestGateway(db, payment.id, stranger.id, true)).toBeNull();
    expect(await payWithTestGateway(db, payment.id, citizenId, false)).toMatchObject({ status: "failed-payment" });
    expect(await payWithTestGateway(db, payment.id, citizenId, true)).toMatchObject({ status: "paid" });
    const [d] = await db.select().from(dossiers).where(eq(dossiers.id, dossier.id));
    expect(d!.status).toBe(4);
  });
});
