import { describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { uniqueViolation } from "@/lib/accounts/unique-violation";
import { dossierHistory, dossiers, notifications, payments } from "@/db/schema";
import { translatorFor } from "@/lib/i18n/translator";
import { cancelFee } from "@/lib/payments/cancel-fee";
import { handlePaymentCallback } from "@/lib/payments/handle-payment-callback";
import { refundFee } from "@/lib/payments/refund-fee";
import { SIGNATURE_HEADER, createTestGateway, signPayload } from "@/lib/payments/test-gateway";
import { applyDossierAction } from "@/lib/workflow/apply-dossier-action";
import { ROLE_REFUSAL } from "@/lib/workflow/status-machine";
import { NOT_FOUND_MESSAGE } from "@/lib/workflow/workflow-error";
import { createDossier, createOfficerActor, createUser, refusal, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

/** The fee messages as the portal writes them in Vietnamese (messages/vi/fees.json). */
const fees = translatorFor("vi", "fees");
const feeMessages = {
  alreadyPaid: fees("alreadyPaid"),
  alreadyCancelled: fees("alreadyCancelled"),
  notPaid: fees("notPaid"),
  refundFailed: fees("refundFailed"),
  alreadyWaiting: fees("alreadyWaiting"),
  alreadyRefunded: (receipt: string | null) => (receipt ? fees("alreadyRefundedReceipt", { receipt }) : fees("alreadyRefunded")),
  cancelNotice: (amount: number, reason: string) => fees("cancelNotice", { amount, reason }),
  refundNotice: (amount: number, reason: string) => fees("refundNotice", { amount, reason }),
  autoRefundReason: (reason: string) => fees("autoRefundReasonCancel", { reason }),
};

let db: Database;
const SECRET = "bi-mat-phi";
const gateway = createTestGateway(SECRET);
const officer = async (unitCode: string, roles: string[]) => createOfficerActor(db, await unitId(db, unitCode), roles);

/** A dossier a new citizen submitted to the unit: status 1, version 1. */
async function submittedDossier(unitId: number) {
  const citizen = await createUser(db, { kind: "citizen" });
  const dossier = await createDossier(db, { serviceCode: "1.000308", unitId, userId: citizen.id, submittedAt: new Date("2026-11-30T02:00:00Z") });
  return { dossier, citizenId: citizen.id };
}

/** A dossier of An Mỹ in processing whose specialist asked a fee: status 6, one waiting fee. */
async function dossierWithWaitingFee(amount = 50_000) {
  const reception = await officer("000.01.22.H47", ["tiep-nhan"]);
  const specialist = await officer("000.01.22.H47", ["chuyen-vien"]);
  const leader = await officer("000.01.22.H47", ["lanh-dao"]);
  const { dossier: d, citizenId } = await submittedDossier(reception.unitId);
  await applyDossierAction(db, reception, { dossierId: d.id, expectedVersion: 1, action: "receive" });
  await applyDossierAction(db, reception, { dossierId: d.id, expectedVersion: 2, action: "assign", assigneeId: specialist.id });
  await applyDossierAction(db, specialist, { dossierId: d.id, expectedVersion: 3, action: "request-payment", amount });
  const [fee] = await db.select().from(payments).where(eq(payments.dossierId, d.id));
  return { dossierId: d.id, fee: fee!, reception, specialist, leader, citizenId, version: 4 };
}

function callback(paymentId: string, amount: number, transactionRef: string, options: { succeeded?: boolean; provider?: typeof gateway } = {}) {
  const body = JSON.stringify({ paymentId, amount, transactionRef, succeeded: options.succeeded ?? true });
  return handlePaymentCallback(db, options.provider ?? gateway, body, new Headers({ [SIGNATURE_HEADER]: signPayload(body, SECRET) }));
}

/** The same, paid through the gateway's callback: back in processing (version 5) with one paid fee. */
async function dossierWithPaidFee(amount = 50_000) {
  const setup = await dossierWithWaitingFee(amount);
  expect(await callback(setup.fee.id, amount, `TG-${setup.fee.id.slice(0, 8)}`)).toMatchObject({ status: "paid" });
  return { ...setup, version: 5 };
}

const dossierRow = async (id: string) => (await db.select().from(dossiers).where(eq(dossiers.id, id)))[0]!;
const feeRow = async (id: string) => (await db.select().from(payments).where(eq(payments.id, id)))[0]!;
const historyOf = (dossierId: string, action: string) =>
  db
    .select()
    .from(dossierHistory)
    .where(and(eq(dossierHistory.dossierId, dossierId), eq(dossierHistory.action, action)));
const lastNotification = async (userId: string) =>
  (
    await db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(1)
  )[0];

setupTestDatabase((handle) => (db = handle.db));

describe("cancelling a waiting fee", () => {
  it("cancels with the reason, back to processing with the clock untouched, history and notice in one go", async () => {
    const { dossierId, fee, specialist, citizenId, version } = await dossierWithWaitingFee(40_000);
    const before = await dossierRow(dossierId);
    const result = await cancelFee(db, specialist, { paymentId: fee.id, expectedVersion: version, reason: "Thu nhầm số tiền" });
    expect(result).toMatchObject({ status: 4, version: version + 1 });
    expect(await feeRow(fee.id)).toMatchObject({ status: "cancelled", cancelReason: "Thu nhầm số tiền", cancelledBy: specialist.id, paidAt: null });
    const after = await dossierRow(dossierId);
    expect(after).toMatchObject({
      status: 4,
      processingStage: "assigned",
      dueAt: before.dueAt,
      clockPausedAt: before.clockPausedAt,
      completedAt: null,
    });
    const [entry] = await historyOf(dossierId, "cancel-payment");
    expect(entry).toMatchObject({ fromStatus: 6, toStatus: 4, note: "Thu nhầm số tiền", actorUserId: specialist.id });
    expect(entry!.data).toMatchObject({ paymentId: fee.id, cancelledPaymentIds: [fee.id] });
    expect((await lastNotification(citizenId))?.body).toContain(feeMessages.cancelNotice(40_000, "Thu nhầm số tiền"));
  });

  it("needs a reason, and is refused a second time with a clear message", async () => {
    const { dossierId, fee, reception, version } = await dossierWithWaitingFee();
    await expect(cancelFee(db, reception, { paymentId: fee.id, expectedVersion: version, reason: "  " })).rejects.toThrow(
      "Vui lòng nhập lý do hủy yêu cầu thu phí.",
    );
    expect((await feeRow(fee.id)).status).toBe("waiting");
    await cancelFee(db, reception, { paymentId: fee.id, expectedVersion: version, reason: "Miễn phí theo quy định" });
    await expect(cancelFee(db, reception, { paymentId: fee.id, expectedVersion: version + 1, reason: "Lần nữa" })).rejects.toThrow(
      feeMessages.alreadyCancelled,
    );
    expect(await historyOf(dossierId, "cancel-payment")).toHaveLength(1);
  });

  it("is for reception and specialists of the dossier's unit only", async () => {
    const { fee, leader, version } = await dossierWithWaitingFee();
    await expect(cancelFee(db, leader, { paymentId: fee.id, expectedVersion: version, reason: "x" })).rejects.toThrow(ROLE_REFUSAL);
    const otherUnit = await officer("000.00.14.H47", ["tiep-nhan", "chuyen-vien"]);
    await expect(cancelFee(db, otherUnit, { paymentId: fee.id, expectedVersion: version, reason: "x" })).rejects.toThrow(NOT_FOUND_MESSAGE);
    await expect(cancelFee(db, otherUnit, { paymentId: "00000000-0000-4000-8000-000000000000", expectedVersion: 1, reason: "x" })).rejects.toThrow(
      NOT_FOUND_MESSAGE,
    );
    expect((await feeRow(fee.id)).status).toBe("waiting");
  });
});

describe("a gateway callback racing a cancel", () => {
  it("callback first: the cancel is told the fee was paid", async () => {
    const { fee, reception, version } = await dossierWithWaitingFee(30_000);
    expect(await callback(fee.id, 30_000, `TG-A-${fee.id.slice(0, 8)}`)).toMatchObject({ status: "paid" });
    await expect(cancelFee(db, reception, { paymentId: fee.id, expectedVersion: version, reason: "Thu nhầm" })).rejects.toThrow(
      feeMessages.alreadyPaid,
    );
    expect((await feeRow(fee.id)).status).toBe("paid");
  });

  it("cancel first: a failed payment's callback is rejected as cancelled, nothing is paid", async () => {
    const { dossierId, fee, reception, version } = await dossierWithWaitingFee(30_000);
    await cancelFee(db, reception, { paymentId: fee.id, expectedVersion: version, reason: "Thu nhầm" });
    expect(await callback(fee.id, 30_000, `TG-B-${fee.id.slice(0, 8)}`, { succeeded: false })).toEqual({ status: "rejected", reason: "cancelled" });
    expect(await feeRow(fee.id)).toMatchObject({ status: "cancelled", paidAt: null, transactionRef: null });
    expect(await historyOf(dossierId, "confirm-payment")).toHaveLength(0);
  });

  it("cancel first, yet the gateway took the money: it goes back at once, with history and notice; a repeated callback changes nothing", async () => {
    const { dossierId, fee, reception, citizenId, version } = await dossierWithWaitingFee(35_000);
    await cancelFee(db, reception, { paymentId: fee.id, expectedVersion: version, reason: "Thu nhầm" });
    const ref = `TG-C-${fee.id.slice(0, 8)}`;
    const reason = feeMessages.autoRefundReason("Thu nhầm");
    expect(reason).toContain("Thu nhầm");
    // A wrong amount is still refused, and refunds nothing.
    expect(await callback(fee.id, 36_000, ref)).toEqual({ status: "rejected", reason: "amount" });
    expect(await callback(fee.id, 35_000, ref)).toEqual({ status: "refunded", dossierId, refundReceipt: `HP-${ref}` });
    const row = await feeRow(fee.id);
    expect(row).toMatchObject({
      status: "refunded",
      transactionRef: ref,
      receiptNumber: `BL-${ref}`,
      refundReason: reason,
      refundAmount: 35_000,
      refundReceipt: `HP-${ref}`,
      refundedBy: null,
      cancelledAt: null,
    });
    expect(row.paidAt).toBeInstanceOf(Date);
    const [entry] = await historyOf(dossierId, "refund-cancelled-payment");
    expect(entry).toMatchObject({ actorKind: "system", note: reason, fromStatus: 4, toStatus: 4 });
    expect(entry!.data).toMatchObject({ paymentId: fee.id, amount: 35_000 });
    expect((await lastNotification(citizenId))?.body).toContain(feeMessages.refundNotice(35_000, reason));
    expect((await dossierRow(dossierId)).status).toBe(4);

    expect(await callback(fee.id, 35_000, ref)).toEqual({ status: "already-refunded", dossierId });
    expect(await historyOf(dossierId, "refund-cancelled-payment")).toHaveLength(1);
    // Another transaction for the same fee is not this one: refused, nothing given twice.
    expect(await callback(fee.id, 35_000, `${ref}-2`)).toEqual({ status: "rejected", reason: "not-waiting" });
  });

  it("cancel first, and the gateway will not refund: nothing is recorded, the callback can come again", async () => {
    const { dossierId, fee, reception, version } = await dossierWithWaitingFee(32_000);
    await cancelFee(db, reception, { paymentId: fee.id, expectedVersion: version, reason: "Thu nhầm" });
    const broken = { ...gateway, refund: async () => Promise.reject(new Error("gateway down")) };
    const ref = `TG-D-${fee.id.slice(0, 8)}`;
    expect(await callback(fee.id, 32_000, ref, { provider: broken })).toEqual({ status: "rejected", reason: "refund-failed" });
    expect(await feeRow(fee.id)).toMatchObject({ status: "cancelled", paidAt: null, refundReceipt: null });
    expect(await historyOf(dossierId, "refund-cancelled-payment")).toHaveLength(0);
    expect(await callback(fee.id, 32_000, ref)).toMatchObject({ status: "refunded" });
  });

  it("at the same time: exactly one wins, the loser gets a clear answer", async () => {
    for (let i = 0; i < 4; i++) {
      const { dossierId, fee, reception, version } = await dossierWithWaitingFee(25_000);
      const [paid, cancelled] = await Promise.allSettled([
        callback(fee.id, 25_000, `TG-R${i}-${fee.id.slice(0, 8)}`),
        cancelFee(db, reception, { paymentId: fee.id, expectedVersion: version, reason: "Hủy đồng thời" }),
      ]);
      expect(paid.status).toBe("fulfilled");
      const row = await feeRow(fee.id);
      if (row.status === "paid") {
        expect(paid).toMatchObject({ value: { status: "paid" } });
        expect(cancelled).toMatchObject({ status: "rejected", reason: { message: feeMessages.alreadyPaid } });
        expect(await historyOf(dossierId, "cancel-payment")).toHaveLength(0);
      } else {
        // The cancel came first; the money the gateway took goes straight back.
        expect(row.status).toBe("refunded");
        expect(paid).toMatchObject({ value: { status: "refunded" } });
        expect(cancelled.status).toBe("fulfilled");
        expect(await historyOf(dossierId, "confirm-payment")).toHaveLength(0);
        expect(await historyOf(dossierId, "refund-cancelled-payment")).toHaveLength(1);
      }
      expect((await dossierRow(dossierId)).status).toBe(4);
    }
  });
});

describe("refunding a paid fee", () => {
  it("refunds through the gateway with a receipt, keeps the dossier's status, records history and tells the citizen", async () => {
    const { dossierId, fee, reception, citizenId, version } = await dossierWithPaidFee(60_000);
    const result = await refundFee(db, gateway, reception, { paymentId: fee.id, expectedVersion: version, reason: "Thu trùng" });
    expect(result).toMatchObject({ status: 4, version: version + 1, receiptNumber: `HP-TG-${fee.id.slice(0, 8)}` });
    const row = await feeRow(fee.id);
    expect(row).toMatchObject({
      status: "refunded",
      refundReason: "Thu trùng",
      refundAmount: 60_000,
      refundReceipt: `HP-TG-${fee.id.slice(0, 8)}`,
      refundedBy: reception.id,
    });
    expect(row.refundedAt).toBeInstanceOf(Date);
    expect(row.paidAt).toBeInstanceOf(Date);
    const [entry] = await historyOf(dossierId, "refund-payment");
    expect(entry).toMatchObject({ fromStatus: 4, toStatus: 4, note: "Thu trùng" });
    expect(entry!.data).toMatchObject({ paymentId: fee.id, amount: 60_000 });
    expect((await lastNotification(citizenId))?.body).toContain(feeMessages.refundNotice(60_000, "Thu trùng"));
  });

  it("is idempotent: a second attempt, even at the same moment, is told it was refunded and refunds nothing", async () => {
    const { dossierId, fee, leader, version } = await dossierWithPaidFee();
    const attempts = await Promise.allSettled([
      refundFee(db, gateway, leader, { paymentId: fee.id, expectedVersion: version, reason: "Dừng xử lý" }),
      refundFee(db, gateway, leader, { paymentId: fee.id, expectedVersion: version, reason: "Dừng xử lý" }),
    ]);
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const receipt = `HP-TG-${fee.id.slice(0, 8)}`;
    expect(attempts.find((a) => a.status === "rejected")).toMatchObject({ reason: { message: feeMessages.alreadyRefunded(receipt) } });
    await expect(refundFee(db, gateway, leader, { paymentId: fee.id, expectedVersion: version + 1, reason: "Lần nữa" })).rejects.toThrow(
      feeMessages.alreadyRefunded(receipt),
    );
    expect(await historyOf(dossierId, "refund-payment")).toHaveLength(1);
  });

  it("refunds after the dossier was stopped, and only a paid fee", async () => {
    const { dossierId, fee, leader, version } = await dossierWithPaidFee();
    await applyDossierAction(db, leader, { dossierId, expectedVersion: version, action: "stop", note: "Không đủ điều kiện" });
    const stopped = await dossierRow(dossierId);
    await refundFee(db, gateway, leader, { paymentId: fee.id, expectedVersion: version + 1, reason: "Hồ sơ dừng xử lý" });
    expect(await dossierRow(dossierId)).toMatchObject({ status: 8, completedAt: stopped.completedAt });
    const waiting = await dossierWithWaitingFee();
    await expect(
      refundFee(db, gateway, waiting.reception, { paymentId: waiting.fee.id, expectedVersion: waiting.version, reason: "x" }),
    ).rejects.toThrow(feeMessages.notPaid);
  });

  it("is for reception and leaders of the dossier's unit only, with a reason", async () => {
    const { fee, specialist, reception, version } = await dossierWithPaidFee();
    await expect(refundFee(db, gateway, specialist, { paymentId: fee.id, expectedVersion: version, reason: "x" })).rejects.toThrow(ROLE_REFUSAL);
    const otherUnit = await officer("000.00.14.H47", ["tiep-nhan", "lanh-dao"]);
    await expect(refundFee(db, gateway, otherUnit, { paymentId: fee.id, expectedVersion: version, reason: "x" })).rejects.toThrow(NOT_FOUND_MESSAGE);
    await expect(refundFee(db, gateway, reception, { paymentId: fee.id, expectedVersion: version, reason: " " })).rejects.toThrow(
      "Vui lòng nhập lý do hoàn phí.",
    );
    expect((await feeRow(fee.id)).status).toBe("paid");
  });

  it("changes nothing when the gateway fails", async () => {
    const { dossierId, fee, reception, version } = await dossierWithPaidFee();
    const broken = { ...gateway, refund: async () => Promise.reject(new Error("gateway down")) };
    await expect(refundFee(db, broken, reception, { paymentId: fee.id, expectedVersion: version, reason: "Thu trùng" })).rejects.toThrow(
      feeMessages.refundFailed,
    );
    expect((await feeRow(fee.id)).status).toBe("paid");
    expect(await historyOf(dossierId, "refund-payment")).toHaveLength(0);
    expect((await dossierRow(dossierId)).version).toBe(version);
  });
});

describe("ending a dossier cancels its waiting fee in the same transaction", () => {
  it("on a stop", async () => {
    const { dossierId, fee, leader, version } = await dossierWithWaitingFee();
    await applyDossierAction(db, leader, { dossierId, expectedVersion: version, action: "stop", note: "Người nộp không đủ điều kiện" });
    expect(await feeRow(fee.id)).toMatchObject({
      status: "cancelled",
      cancelReason: 'Hồ sơ chuyển sang "Dừng xử lý": Người nộp không đủ điều kiện',
      cancelledBy: leader.id,
    });
    const [entry] = await historyOf(dossierId, "stop");
    expect(entry!.data).toMatchObject({ cancelledPaymentIds: [fee.id] });
  });

  it("on a confirmed withdrawal", async () => {
    const { dossierId, fee, reception, citizenId, version } = await dossierWithWaitingFee();
    await applyDossierAction(
      db,
      { kind: "citizen", id: citizenId, name: "Công dân" },
      { dossierId, expectedVersion: version, action: "request-withdrawal", note: "Không cần nữa" },
    );
    await applyDossierAction(db, reception, { dossierId, expectedVersion: version + 1, action: "confirm-withdrawal" });
    expect(await feeRow(fee.id)).toMatchObject({ status: "cancelled", cancelReason: 'Hồ sơ chuyển sang "Công dân yêu cầu rút hồ sơ".' });
  });

  it("on a refusal (a fee recorded before receipt, e.g. by an imported dossier)", async () => {
    const reception = await officer("000.01.22.H47", ["tiep-nhan"]);
    const { dossier: d } = await submittedDossier(reception.unitId);
    const [fee] = await db
      .insert(payments)
      .values({ dossierId: d.id, amount: 8_000, items: [{ name: "Lệ phí", amount: 8_000 }], provider: "pending" })
      .returning();
    await applyDossierAction(db, reception, { dossierId: d.id, expectedVersion: 1, action: "refuse", note: "Sai thẩm quyền" });
    expect(await feeRow(fee!.id)).toMatchObject({ status: "cancelled", cancelReason: 'Hồ sơ chuyển sang "Không được tiếp nhận": Sai thẩm quyền' });
  });

  it("leaves paid fees alone", async () => {
    const { dossierId, fee, leader, version } = await dossierWithPaidFee();
    await applyDossierAction(db, leader, { dossierId, expectedVersion: version, action: "stop", note: "Không đủ điều kiện" });
    expect((await feeRow(fee.id)).status).toBe("paid");
  });
});

describe("the database keeps a fee's facts consistent with its status", () => {
  it("refuses a cancelled fee without a reason and a refunded fee without a receipt", async () => {
    const { fee } = await dossierWithWaitingFee();
    await expect(db.update(payments).set({ status: "cancelled", cancelledAt: new Date() }).where(eq(payments.id, fee.id))).rejects.toThrow();
    await expect(
      db
        .update(payments)
        .set({ status: "refunded", refundedAt: new Date(), refundReason: "x", refundAmount: fee.amount })
        .where(eq(payments.id, fee.id)),
    ).rejects.toThrow();
    await expect(db.update(payments).set({ status: "paid" }).where(eq(payments.id, fee.id))).rejects.toThrow();
    expect((await feeRow(fee.id)).status).toBe("waiting");
  });
});

describe("at most one fee waits per dossier", () => {
  const waitingFee = (dossierId: string) => ({ dossierId, amount: 20_000, items: [{ name: "Lệ phí", amount: 20_000 }], provider: "pending" });
  const ONE_WAITING = "payments_one_waiting_per_dossier";

  it("the database refuses a second waiting fee inserted directly", async () => {
    const { dossierId } = await dossierWithWaitingFee();
    const error = await db
      .insert(payments)
      .values(waitingFee(dossierId))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(uniqueViolation(error)).toBe(ONE_WAITING);
    expect(await db.select().from(payments).where(eq(payments.dossierId, dossierId))).toHaveLength(1);
  });

  it("a waiting fee after a cancelled one or a paid one is fine", async () => {
    const cancelled = await dossierWithWaitingFee();
    await cancelFee(db, cancelled.specialist, { paymentId: cancelled.fee.id, expectedVersion: cancelled.version, reason: "Thu nhầm số tiền" });
    await db.insert(payments).values(waitingFee(cancelled.dossierId));
    const paid = await dossierWithPaidFee();
    await db.insert(payments).values(waitingFee(paid.dossierId));
    const statusesOf = async (dossierId: string) =>
      (await db.select({ status: payments.status }).from(payments).where(eq(payments.dossierId, dossierId))).map((p) => p.status).sort();
    expect(await statusesOf(cancelled.dossierId)).toEqual(["cancelled", "waiting"]);
    expect(await statusesOf(paid.dossierId)).toEqual(["paid", "waiting"]);
  });

  it("a fee request while one waits gets the workflow's refusal, not a database error", async () => {
    const { dossierId, specialist, version } = await dossierWithWaitingFee();
    const refused = await refusal(
      applyDossierAction(db, specialist, { dossierId, expectedVersion: version, action: "request-payment", amount: 10_000 }),
    );
    expect(refused).toMatchObject({ code: "refused", message: expect.stringMatching(/không áp dụng cho hồ sơ ở trạng thái hiện tại/) });
    expect(await db.select().from(payments).where(eq(payments.dossierId, dossierId))).toHaveLength(1);
  });

  it("a fee request on a dossier in processing that already has a waiting fee (imported) is refused clearly", async () => {
    const reception = await officer("000.01.22.H47", ["tiep-nhan"]);
    const specialist = await officer("000.01.22.H47", ["chuyen-vien"]);
    const { dossier: d } = await submittedDossier(reception.unitId);
    await db.insert(payments).values(waitingFee(d.id));
    await applyDossierAction(db, reception, { dossierId: d.id, expectedVersion: 1, action: "receive" });
    await applyDossierAction(db, reception, { dossierId: d.id, expectedVersion: 2, action: "assign", assigneeId: specialist.id });
    const refused = await refusal(
      applyDossierAction(db, specialist, { dossierId: d.id, expectedVersion: 3, action: "request-payment", amount: 10_000 }),
    );
    expect(refused).toMatchObject({ code: "refused", message: feeMessages.alreadyWaiting });
    // Nothing of the refused step stays: the dossier is still in processing, with its one fee.
    expect(await dossierRow(d.id)).toMatchObject({ status: 4, version: 3 });
    expect(await db.select().from(payments).where(eq(payments.dossierId, d.id))).toHaveLength(1);
  });
});
