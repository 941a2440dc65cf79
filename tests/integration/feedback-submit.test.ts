import { eq, inArray, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { emailOutbox, feedbackHistory, feedbackItems, notifications } from "@/db/schema";
import { submitFeedback, type SubmitFeedbackRequest } from "@/lib/feedback/submit-feedback";
import { setupTestDatabase } from "./test-database";
import { insertDossier, insertUser } from "./tracking-fixtures";

let db: Database;
setupTestDatabase((h) => (db = h.db));

let serial = 0;
function request(overrides: Partial<SubmitFeedbackRequest> = {}): SubmitFeedbackRequest {
  serial += 1;
  return {
    kind: "phan-anh",
    subject: `Đường ngập nước số ${serial}`,
    content: `Đoạn đường trước nhà số ${serial} bị ngập sau mưa, đề nghị kiểm tra.`,
    senderName: "Nguyễn Văn An",
    senderPhone: `09${String(10_000_000 + serial).slice(-8)}`,
    consentToPublish: true,
    userId: null,
    clientAddress: `10.1.${Math.floor(serial / 250)}.${serial % 250}`,
    ...overrides,
  };
}
const now = new Date("2026-11-20T02:00:00Z");

describe("submitFeedback", () => {
  it("gives 200 parallel submissions 200 distinct codes of the day, in sequence", async () => {
    const results = await Promise.all(Array.from({ length: 200 }, () => submitFeedback(db, request(), now)));
    const codes = results.map((r) => (r.ok ? r.code : r.error));
    expect(new Set(codes).size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^PAKN-261120-\d{4}$/);
    const numbers = codes.map((c) => Number(c.slice(-4))).sort((a, b) => a - b);
    expect(numbers[0]).toBe(1);
    expect(numbers.at(-1)).toBe(200);
    const stored = await db.select({ code: feedbackItems.code }).from(feedbackItems).where(like(feedbackItems.code, "PAKN-261120-%"));
    expect(stored).toHaveLength(200);
  });

  it("writes the first history entry and the acknowledgement email when an email is given", async () => {
    const result = await submitFeedback(db, request({ senderEmail: "an.nguyen@example.vn" }), now);
    if (!result.ok) throw new Error(result.message);
    const history = await db.select().from(feedbackHistory).where(eq(feedbackHistory.feedbackId, result.id));
    expect(history).toMatchObject([{ action: "submit", toStatus: "new", actorKind: "citizen", visibility: "public" }]);
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "an.nguyen@example.vn"));
    expect(mail?.subject).toBe(`Đã nhận phản ánh, kiến nghị ${result.code}`);
    expect(mail?.textBody).toContain(`/phan-anh-kien-nghi/tra-cuu?ma=${result.code}`);
    expect(mail?.kind).toBe("feedback-received");
  });

  it("sends no email without an address and notifies a signed-in sender in the app", async () => {
    const citizen = await insertUser(db);
    const mailsBefore = await db.$count(emailOutbox);
    const result = await submitFeedback(db, request({ userId: citizen.id }), now);
    if (!result.ok) throw new Error(result.message);
    expect(await db.$count(emailOutbox)).toBe(mailsBefore);
    const rows = await db.select().from(notifications).where(eq(notifications.userId, citizen.id));
    expect(rows.map((n) => [n.title, n.link])).toEqual([[`Đã nhận phản ánh ${result.code}`, `/tai-khoan/phan-anh/${result.code}`]]);
  });

  it("marks an item sent from an English page 'en': its receipt mail is English with the Vietnamese original below, its notification English", async () => {
    const citizen = await insertUser(db);
    const result = await submitFeedback(db, request({ senderEmail: "john.smith@example.com", userId: citizen.id, locale: "en" }), now);
    if (!result.ok) throw new Error(result.message);
    const [item] = await db.select({ locale: feedbackItems.locale }).from(feedbackItems).where(eq(feedbackItems.id, result.id));
    expect(item?.locale).toBe("en");
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "john.smith@example.com"));
    expect(mail?.subject).toBe(`Feedback ${result.code} received`);
    const [english, vietnamese] = (mail?.textBody ?? "").split("\n\n---\n\n");
    expect(english).toContain("Dear Nguyễn Văn An,");
    expect(english).toContain("has received your report:");
    expect(english).toContain(`/en/phan-anh-kien-nghi/tra-cuu?ma=${result.code}`);
    expect(english).not.toContain("Kính gửi");
    // The Vietnamese original, as a Vietnamese sender gets it.
    expect(vietnamese).toContain("Kính gửi Nguyễn Văn An,");
    expect(vietnamese).toContain(`Mã tra cứu: ${result.code}.`);
    expect(vietnamese).toContain(`/phan-anh-kien-nghi/tra-cuu?ma=${result.code}`);
    expect(vietnamese).not.toContain("/en/");
    const rows = await db.select().from(notifications).where(eq(notifications.userId, citizen.id));
    expect(rows.map((n) => [n.title, n.link])).toEqual([[`Feedback ${result.code} received`, `/en/tai-khoan/phan-anh/${result.code}`]]);
    // The history stays the officers' Vietnamese record.
    const history = await db.select({ note: feedbackHistory.note }).from(feedbackHistory).where(eq(feedbackHistory.feedbackId, result.id));
    expect(history).toEqual([{ note: "Gửi phản ánh, kiến nghị qua Cổng Dịch vụ công." }]);
  });

  it("writes the Vietnamese receipt mail byte for byte as before, and an item is Vietnamese by default", async () => {
    const result = await submitFeedback(
      db,
      request({ senderEmail: "binh.tran@example.vn", senderName: "Trần Bình", subject: "Đèn đường hỏng" }),
      now,
    );
    if (!result.ok) throw new Error(result.message);
    const [item] = await db.select({ locale: feedbackItems.locale }).from(feedbackItems).where(eq(feedbackItems.id, result.id));
    expect(item?.locale).toBe("vi");
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "binh.tran@example.vn"));
    expect(mail?.textBody).toBe(
      [
        "Kính gửi Trần Bình,",
        "",
        'Trung tâm tiếp nhận phản ánh, kiến nghị (đường dây 1022) đã nhận phản ánh của bạn: "Đèn đường hỏng".',
        `Mã tra cứu: ${result.code}. Bạn có thể theo dõi bằng mã này và số điện thoại đã khai: ${mail?.textBody.match(/https?:\/\/\S+/)?.[0]}`,
        "",
        "Đây là thư tự động của Cổng Dịch vụ công tỉnh Quảng Nam, vui lòng không trả lời thư này.",
      ].join("\n"),
    );
  });

  it("refuses in the sender's language", async () => {
    const missing = await submitFeedback(db, request({ dossierCode: "000.00.09.H47-990101-0002", locale: "en" }), now);
    expect(missing).toMatchObject({ ok: false, error: "dossier-not-found", message: "No dossier was found with this code." });
  });

  it("refuses the same content from the same phone within minutes: of 10 parallel copies exactly one is kept", async () => {
    const copy = request();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => submitFeedback(db, { ...copy, clientAddress: `10.9.9.${i}` }, now)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === "duplicate")).toHaveLength(9);
    const later = await submitFeedback(db, { ...copy, clientAddress: "10.9.9.99" }, new Date(now.getTime() + 11 * 60_000));
    expect(later.ok).toBe(true);
  });

  it("limits anonymous senders per address to FEEDBACK_RATE_LIMIT an hour, under parallel requests", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => submitFeedback(db, request({ clientAddress: "10.200.0.1" }), now)));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    const refused = results.filter((r) => !r.ok);
    expect(refused.every((r) => !r.ok && r.error === "rate-limited" && (r.retryAfterMs ?? 0) > 0)).toBe(true);
    // Signed-in senders are not limited by their address.
    const citizen = await insertUser(db);
    expect((await submitFeedback(db, request({ clientAddress: "10.200.0.1", userId: citizen.id }), now)).ok).toBe(true);
  });

  it("checks that the related dossier exists", async () => {
    const missing = await submitFeedback(db, request({ dossierCode: "000.00.09.H47-990101-0001" }), now);
    expect(missing).toMatchObject({ ok: false, error: "dossier-not-found", field: "dossierCode" });
    const user = await insertUser(db);
    const { dossier } = await insertDossier(db, { userId: user.id, idNumber: user.idNumber! });
    const linked = await submitFeedback(db, request({ dossierCode: dossier.code }), now);
    if (!linked.ok) throw new Error(linked.message);
    const [row] = await db
      .select({ related: feedbackItems.relatedDossierId })
      .from(feedbackItems)
      .where(inArray(feedbackItems.id, [linked.id]));
    expect(row?.related).toBe(dossier.id);
  });

  it("keeps the history append-only", async () => {
    const result = await submitFeedback(db, request(), now);
    if (!result.ok) throw new Error(result.message);
    await expect(db.update(feedbackHistory).set({ note: "sửa" }).where(eq(feedbackHistory.feedbackId, result.id))).rejects.toThrow();
    await expect(db.delete(feedbackHistory).where(eq(feedbackHistory.feedbackId, result.id))).rejects.toThrow();
  });
});
