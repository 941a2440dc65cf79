import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { emailOutbox, feedbackItems, units } from "@/db/schema";
import { applyCitizenFeedbackAction } from "@/lib/feedback/apply-citizen-feedback-action";
import { applyFeedbackAction } from "@/lib/feedback/apply-feedback-action";
import type { FeedbackOfficer } from "@/lib/feedback/feedback-officer";
import { intakeFeedback } from "@/lib/feedback/intake-feedback";
import { listFeedbackQueue } from "@/lib/feedback/list-feedback-queue";
import { listPublishedAnswers } from "@/lib/feedback/list-published-answers";
import { lookupFeedback } from "@/lib/feedback/lookup-feedback";
import { getFeedbackForOfficer } from "@/lib/feedback/officer-feedback-view";
import { submitFeedback } from "@/lib/feedback/submit-feedback";
import { setupTestDatabase } from "./test-database";

let db: Database;
setupTestDatabase((h) => (db = h.db));

const OPERATOR_ID = "00000000-0000-4000-8000-0000000000f1";
let operator: FeedbackOfficer;
let construction: FeedbackOfficer;
let constructionLeader: FeedbackOfficer;
let otherAgency: FeedbackOfficer;
let constructionId: number;

beforeAll(async () => {
  const unitId = async (code: string) => (await db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;
  constructionId = await unitId("000.00.09.H47");
  const office = await unitId("000.00.01.H47");
  const justice = await unitId("000.00.03.H47");
  // History rows name their officer: the users must exist.
  const { users } = await import("@/db/schema");
  const make = async (id: string, roles: string[], unit: number) => {
    await db.insert(users).values({ id, kind: "officer", email: `${id}@example.vn`, fullName: `Cán bộ ${roles[0]}`, unitId: unit, roles });
    return { id, fullName: `Cán bộ ${roles[0]}`, roles, unitId: unit };
  };
  operator = await make(OPERATOR_ID, ["tong-dai-vien"], office);
  construction = await make("00000000-0000-4000-8000-0000000000f2", ["chuyen-vien"], constructionId);
  constructionLeader = await make("00000000-0000-4000-8000-0000000000f3", ["lanh-dao"], constructionId);
  otherAgency = await make("00000000-0000-4000-8000-0000000000f4", ["chuyen-vien", "lanh-dao"], justice);
});

// Friday 17 November 2023, 16:00 in Vietnam; 20/11 is a working Monday.
const friday = new Date("2023-11-17T09:00:00Z");
const later = (hours: number) => new Date(friday.getTime() + hours * 3_600_000);

let serial = 0;
async function submitOne(extra: { senderEmail?: string } = {}) {
  serial += 1;
  const result = await submitFeedback(
    db,
    {
      kind: "phan-anh",
      subject: `Giấy phép xây dựng chậm (${serial})`,
      content: "Tôi là Trần Văn Bình, số điện thoại 0905123456, hồ sơ cấp phép xây dựng đã quá hạn mà chưa có kết quả.",
      senderName: "Trần Văn Bình",
      senderPhone: "0905123456",
      consentToPublish: true,
      userId: null,
      clientAddress: `10.3.0.${Math.floor(Math.random() * 250)}`,
      ...extra,
    },
    friday,
  );
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("feedback workflow", () => {
  it("goes from the citizen to the agency and back, with a deadline in working days, rights checked at every step", async () => {
    const { id, code } = await submitOne({ senderEmail: "binh@example.vn" });
    // An agency sees nothing that was not forwarded to it.
    expect(await getFeedbackForOfficer(db, construction, id, friday)).toBeNull();
    expect((await listFeedbackQueue(db, construction, { queue: "new", page: 1 }, friday)).items.map((i) => i.id)).not.toContain(id);
    expect(await applyFeedbackAction(db, construction, id, { action: "agency-answer", answer: "x" }, friday)).toMatchObject({
      ok: false,
      error: "not-found",
    });
    // The centre sees it in "new" and forwards it to Sở Xây dựng: phản ánh = 10 working days.
    expect((await listFeedbackQueue(db, operator, { queue: "new", page: 1, q: code }, friday)).items.map((i) => i.id)).toEqual([id]);
    expect(await applyFeedbackAction(db, operator, id, { action: "forward", unitId: constructionId }, friday)).toEqual({
      ok: true,
      status: "forwarded",
    });
    const [forwarded] = await db.select().from(feedbackItems).where(eq(feedbackItems.id, id));
    // Forwarded after 15:00 on Friday: 80 working hours from then end on Friday 1 December, 16:00.
    expect(forwarded?.dueAt?.toISOString()).toBe("2023-12-01T09:00:00.000Z");
    // Only the unit it was forwarded to sees it now; another agency does not.
    expect(await getFeedbackForOfficer(db, otherAgency, id, friday)).toBeNull();
    expect(await applyFeedbackAction(db, otherAgency, id, { action: "agency-answer", answer: "x" }, friday)).toMatchObject({
      ok: false,
      error: "not-found",
    });
    const view = await getFeedbackForOfficer(db, construction, id, friday);
    expect(view?.availableActions).toEqual(["agency-answer"]);
    expect((await getFeedbackForOfficer(db, constructionLeader, id, friday))?.availableActions).toEqual(["return-to-centre", "agency-answer"]);
    // The specialist may not send it back (a leader's decision), nor may the centre answer for the agency.
    expect(await applyFeedbackAction(db, construction, id, { action: "return-to-centre", note: "Sai" }, friday)).toMatchObject({
      ok: false,
      error: "role",
    });
    expect(await applyFeedbackAction(db, operator, id, { action: "agency-answer", answer: "x" }, friday)).toMatchObject({
      ok: false,
      error: "out-of-scope",
    });
    // Overdue after the due date, in the unit's queue.
    const overdue = await listFeedbackQueue(db, construction, { queue: "overdue", page: 1 }, new Date("2023-12-04T02:00:00Z"));
    expect(overdue.items.map((i) => i.id)).toContain(id);
    // The agency answers, the centre reviews (edits) and sends it: email to the sender.
    expect(
      await applyFeedbackAction(db, construction, id, { action: "agency-answer", answer: "Sở đã kiểm tra và cấp phép ngày 20/11." }, later(2)),
    ).toEqual({
      ok: true,
      status: "agency-answered",
    });
    expect(
      await applyFeedbackAction(
        db,
        operator,
        id,
        { action: "approve-answer", answer: "Sở Xây dựng đã cấp giấy phép ngày 20/11/2023. Ông Trần Văn Bình nhận tại bộ phận một cửa." },
        later(3),
      ),
    ).toEqual({
      ok: true,
      status: "answered",
    });
    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "binh@example.vn"));
    expect(mails.map((m) => m.kind)).toEqual(["feedback-received", "feedback-answered"]);
    expect(mails[1]?.textBody).toContain("Sở Xây dựng đã cấp giấy phép");

    // Tracking by code + phone shows the answer and only public steps.
    const looked = await lookupFeedback(db, { code, phone: "0905123456", clientAddress: "10.4.0.1" }, later(4));
    if (!looked.ok) throw new Error(looked.message);
    expect(looked.item.status).toBe("answered");
    expect(looked.item.history.map((h) => h.action)).toEqual(["submit", "forward", "approve-answer"]);
    expect(looked.item.availableActions).toEqual(["rate"]);
    expect(await lookupFeedback(db, { code, phone: "0905999999", clientAddress: "10.4.0.1" }, later(4))).toMatchObject({
      ok: false,
      error: "not-found",
    });

    // Not satisfied → reopen once → back at the centre.
    const who = { code, phone: "0905123456", clientAddress: "10.4.0.2" };
    expect(await applyCitizenFeedbackAction(db, who, { action: "reopen", note: "Chưa rõ" }, later(5))).toMatchObject({ ok: false, error: "guard" });
    expect(await applyCitizenFeedbackAction(db, who, { action: "rate", rating: "not-satisfied" }, later(5))).toEqual({
      ok: true,
      status: "answered",
    });
    expect(await applyCitizenFeedbackAction(db, who, { action: "reopen", note: "Tôi chưa nhận được giấy phép." }, later(6))).toEqual({
      ok: true,
      status: "reopened",
    });
    expect(
      await applyFeedbackAction(db, operator, id, { action: "answer", answer: "Giấy phép đã gửi qua bưu điện ngày 22/11/2023." }, later(7)),
    ).toEqual({
      ok: true,
      status: "answered",
    });
    expect(await applyCitizenFeedbackAction(db, who, { action: "rate", rating: "not-satisfied" }, later(8))).toEqual({
      ok: true,
      status: "answered",
    });
    expect(await applyCitizenFeedbackAction(db, who, { action: "reopen", note: "Lại nữa" }, later(9))).toMatchObject({
      ok: false,
      message: "Phản ánh chỉ được mở lại một lần.",
    });

    // The centre publishes the reviewed text; the public sees it masked, searchable without diacritics.
    expect(
      await applyFeedbackAction(db, construction, id, { action: "publish", subject: "x".repeat(5), content: "y".repeat(10), answer: "z" }, later(10)),
    ).toMatchObject({
      ok: false,
    });
    const suggested = (await getFeedbackForOfficer(db, operator, id, later(10)))!.suggestedPublication;
    expect(suggested.content).not.toContain("0905123456");
    expect(suggested.content).toContain("T.V.B.");
    // The publisher forgot one: the mask catches it on the way out.
    expect(
      await applyFeedbackAction(
        db,
        operator,
        id,
        { action: "publish", subject: suggested.subject, content: `${suggested.content} Liên hệ binh@example.vn`, answer: suggested.answer },
        later(10),
      ),
    ).toEqual({
      ok: true,
      status: "answered",
    });
    const published = await listPublishedAnswers(db, { q: "giay phep xay dung", unitId: constructionId, page: 1 });
    const answer = published.items.find((p) => p.code === code);
    expect(answer).toBeDefined();
    expect(JSON.stringify(answer)).not.toMatch(/Trần Văn Bình|0905123456|binh@example\.vn/);
    const [unit] = await db.select({ name: units.name }).from(units).where(eq(units.id, constructionId));
    expect(answer?.unitName).toBe(unit?.name);
    expect((await listPublishedAnswers(db, { q: "khong co tu nay", page: 1 })).items.map((p) => p.code)).not.toContain(code);
  });

  it("lets an agency send an item back once, with a reason; it leaves the agency's view", async () => {
    const { id } = await submitOne();
    await applyFeedbackAction(db, operator, id, { action: "forward", unitId: constructionId }, friday);
    expect(
      await applyFeedbackAction(db, constructionLeader, id, { action: "return-to-centre", note: "Thuộc thẩm quyền UBND huyện." }, later(1)),
    ).toEqual({
      ok: true,
      status: "returned",
    });
    expect(await getFeedbackForOfficer(db, constructionLeader, id, later(1))).toBeNull();
    await applyFeedbackAction(db, operator, id, { action: "forward", unitId: constructionId }, later(2));
    expect(await applyFeedbackAction(db, constructionLeader, id, { action: "return-to-centre", note: "Lần nữa" }, later(3))).toMatchObject({
      ok: false,
      error: "guard",
    });
  });

  it("refuses the second of two officers acting on the same version", async () => {
    const { id } = await submitOne();
    const [a, b] = await Promise.all([
      applyFeedbackAction(db, operator, id, { action: "close", note: "Trùng phản ánh khác" }, friday, { expectedVersion: 1 }),
      applyFeedbackAction(db, operator, id, { action: "forward", unitId: constructionId }, friday, { expectedVersion: 1 }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
  });

  it("records an operator's call answered on the spot as closed, and hides unpublished items from the public", async () => {
    const result = await intakeFeedback(
      db,
      operator,
      {
        kind: "hoi-thong-tin",
        channel: "phone",
        subject: "Hỏi giờ làm việc",
        content: "Công dân hỏi giờ làm việc của bộ phận một cửa.",
        senderName: "Người gọi",
        consentToPublish: false,
        answerOnSpot: "Từ 7 giờ đến 17 giờ các ngày làm việc.",
      },
      friday,
    );
    if (!result.ok) throw new Error(result.message);
    const [row] = await db.select().from(feedbackItems).where(eq(feedbackItems.id, result.id));
    expect(row).toMatchObject({ status: "closed", channel: "phone", answerText: "Từ 7 giờ đến 17 giờ các ngày làm việc.", senderPhone: "" });
    expect((await listPublishedAnswers(db, { page: 1 })).items.map((p) => p.code)).not.toContain(result.code);
    expect(
      await applyFeedbackAction(
        db,
        operator,
        result.id,
        { action: "publish", subject: "Hỏi giờ làm", content: "Công dân hỏi giờ.", answer: "7–17 giờ" },
        friday,
      ),
    ).toMatchObject({
      ok: false,
      message: "Người gửi không đồng ý công khai nội dung trả lời.",
    });
    // An agency officer cannot take calls.
    expect(
      await intakeFeedback(
        db,
        construction,
        { kind: "phan-anh", channel: "zalo", subject: "Tiêu đề", content: "Nội dung dài đủ", senderName: "Ai đó", consentToPublish: false },
        friday,
      ),
    ).toMatchObject({
      ok: false,
      error: "role",
    });
  });
});

describe("feedback deadlines", () => {
  it("reminds the unit before the deadline and tells its leaders once it has passed, once each", async () => {
    const { scanFeedbackDeadlines, remindFeedback, escalateFeedback } = await import("@/lib/feedback/feedback-deadline-jobs");
    const { jobs, notifications, feedbackHistory } = await import("@/db/schema");
    const { and, eq: equals } = await import("drizzle-orm");
    const { id } = await submitOne();
    await applyFeedbackAction(db, operator, id, { action: "forward", unitId: constructionId }, friday);
    // Due Friday 1 December 16:00; one working day before is Thursday 30 November 16:00.
    expect(await scanFeedbackDeadlines(db, new Date("2023-11-29T02:00:00Z"))).toBe(0);
    expect(await scanFeedbackDeadlines(db, new Date("2023-11-30T10:00:00Z"))).toBeGreaterThanOrEqual(1);
    expect(await scanFeedbackDeadlines(db, new Date("2023-11-30T10:00:00Z"))).toBe(0);
    const [reminder] = await db
      .select()
      .from(jobs)
      .where(and(equals(jobs.kind, "feedback-reminder"), equals(jobs.dedupeKey, `feedback-reminder:${id}:2023-12-01T09:00:00.000Z`)));
    expect(reminder).toBeDefined();
    await remindFeedback(db)(reminder!);
    const told = await db.select().from(notifications).where(equals(notifications.userId, construction.id));
    expect(told.some((n) => n.link === `/quan-tri/phan-anh/${id}`)).toBe(true);
    await scanFeedbackDeadlines(db, new Date("2023-12-04T02:00:00Z"));
    const [escalation] = await db
      .select()
      .from(jobs)
      .where(equals(jobs.dedupeKey, `feedback-escalation:${id}:2023-12-01T09:00:00.000Z`));
    await escalateFeedback(db)(escalation!);
    const leaderTold = await db.select().from(notifications).where(equals(notifications.userId, constructionLeader.id));
    expect(leaderTold.some((n) => n.link === `/quan-tri/phan-anh/${id}`)).toBe(true);
    // The specialist is not a leader: escalations go to leaders only.
    expect((await db.select().from(notifications).where(equals(notifications.userId, construction.id))).length).toBe(told.length);
    const steps = await db
      .select({ action: feedbackHistory.action, visibility: feedbackHistory.visibility })
      .from(feedbackHistory)
      .where(equals(feedbackHistory.feedbackId, id));
    expect(steps.filter((s) => s.action === "remind" || s.action === "escalate")).toEqual([
      { action: "remind", visibility: "internal" },
      { action: "escalate", visibility: "internal" },
    ]);
  });
});
