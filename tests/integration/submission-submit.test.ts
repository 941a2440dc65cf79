import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { dossierDrafts, dossierHistory, dossiers, emailOutbox, files, notifications } from "@/db/schema";
import { submitDossier } from "@/lib/dossiers/submit-dossier";
import { stepFromApplicant } from "@/lib/dossiers/applicant-schema";
import { getOwnDraft } from "@/lib/dossiers/get-own-draft";
import { getSubmissionService } from "@/lib/dossiers/get-submission-service";
import { saveDraftApplicant } from "@/lib/dossiers/save-draft-step";
import { submitDossierDirectly } from "@/lib/dossiers/submit-dossier-directly";
import { receiptDay } from "@/lib/dossiers/dossier-code";
import { AN_MY, BIRTH_REGISTRATION, birthForm, completeDraft, insertCitizen } from "./submission-helpers";
import { createTestDatabase, type TestDatabase } from "./test-database";

let testDb: TestDatabase;
let db: Database;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.handle.db;
});
afterAll(async () => testDb?.drop());

describe("submitDossier", () => {
  it("writes the dossier, its files, history, email and notification in one go and deletes the draft", async () => {
    const userId = await insertCitizen(db);
    const draftId = await completeDraft(db, userId);
    // Monday 2026-11-30 09:00 in Vietnam: same-day procedure → due 17:00 that day.
    const now = new Date("2026-11-30T02:00:00Z");
    const result = await submitDossier(db, { userId, draftId, now });
    expect(result.ok && result.created).toBe(true);
    if (!result.ok) return;
    const { dossier } = result;
    expect(dossier.code).toMatch(new RegExp(`^${AN_MY.replaceAll(".", "\\.")}-261130-\\d{4}$`));
    expect(dossier.dueAt.toISOString()).toBe("2026-11-30T10:00:00.000Z");
    expect(dossier.receiptDeadline.toISOString()).toBe("2026-12-01T02:00:00.000Z");

    const [row] = await db.select().from(dossiers).where(eq(dossiers.id, dossier.id));
    expect(row).toMatchObject({
      status: 1,
      channel: 2,
      sourceDraftId: draftId,
      userId,
      serviceCode: BIRTH_REGISTRATION,
      applicantName: "Nguyễn Văn Công",
    });
    expect(row?.formData).toEqual(birthForm);
    const attached = await db.select().from(files).where(eq(files.dossierId, dossier.id));
    expect(attached.length).toBe(3);
    const history = await db.select().from(dossierHistory).where(eq(dossierHistory.dossierId, dossier.id));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: "submit", toStatus: 1, actorUserId: userId });
    const mail = await db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.subject, `Hồ sơ ${dossier.code} đã được nộp trực tuyến`));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.textBody).toContain("17:00 30/11/2026");
    const notes = await db.select().from(notifications).where(eq(notifications.dossierId, dossier.id));
    expect(notes).toHaveLength(1);
    expect(await db.select().from(dossierDrafts).where(eq(dossierDrafts.id, draftId))).toHaveLength(0);
  });

  it("marks a dossier filed in English: English mail (the Vietnamese below it) and notification, Vietnamese history", async () => {
    const userId = await insertCitizen(db);
    const draftId = await completeDraft(db, userId);
    const result = await submitDossier(db, { userId, draftId, locale: "en" });
    if (!result.ok) throw new Error("not submitted");
    const { dossier } = result;
    const [row] = await db.select({ locale: dossiers.locale }).from(dossiers).where(eq(dossiers.id, dossier.id));
    expect(row?.locale).toBe("en");
    const [mail] = await db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.subject, `Application ${dossier.code} submitted online`));
    expect(mail?.textBody).toContain("Dear Nguyễn Văn Công,");
    expect(mail?.textBody).toContain(`/en/ho-so/${dossier.code}`);
    expect(mail?.textBody).toContain(`Kính gửi Nguyễn Văn Công,`);
    const [note] = await db.select().from(notifications).where(eq(notifications.dossierId, dossier.id));
    expect(note).toMatchObject({ title: `Application ${dossier.code} submitted`, link: `/en/ho-so/${dossier.code}` });
    const [history] = await db.select().from(dossierHistory).where(eq(dossierHistory.dossierId, dossier.id));
    expect(history?.note).toBe("Nộp hồ sơ trực tuyến");

    const other = await submitDossier(db, { userId, draftId: await completeDraft(db, userId) });
    if (!other.ok) throw new Error("not submitted");
    const [vietnamese] = await db.select({ locale: dossiers.locale }).from(dossiers).where(eq(dossiers.id, other.dossier.id));
    expect(vietnamese?.locale).toBe("vi");
  });

  it("refuses a draft without its required documents and keeps it", async () => {
    const userId = await insertCitizen(db);
    const draftId = await completeDraft(db, userId, { documents: false });
    const result = await submitDossier(db, { userId, draftId });
    expect(result).toMatchObject({ ok: false, reason: "incomplete" });
    if (result.ok || result.reason !== "incomplete") return;
    expect(result.problems.map((p) => p.step)).toEqual([3]);
    expect(await db.select().from(dossierDrafts).where(eq(dossierDrafts.id, draftId))).toHaveLength(1);
  });

  it("asks for the authorisation letter when applying on someone's behalf", async () => {
    const userId = await insertCitizen(db);
    const draftId = await completeDraft(db, userId);
    const draft = (await getOwnDraft(db, userId, draftId))!;
    const service = (await getSubmissionService(db, { code: BIRTH_REGISTRATION }))!;
    const saved = await saveDraftApplicant(db, userId, draft, service, {
      ...stepFromApplicant(draft.applicant, AN_MY),
      onBehalf: "on",
      behalfFullName: "Trần Thị Bình",
      behalfIdNumber: "049190004321",
      behalfPhone: "0905999888",
      behalfAddress: "Tam Kỳ",
      behalfRelationship: "Vợ",
    });
    expect(saved).toEqual({ ok: true });
    const result = await submitDossier(db, { userId, draftId });
    expect(result).toMatchObject({ ok: false, reason: "incomplete", problems: [{ step: 3, message: expect.stringContaining("ủy quyền") }] });
  });

  it("keeps what was typed out of the draft when step 1 is wrong", async () => {
    const userId = await insertCitizen(db);
    const draftId = await completeDraft(db, userId);
    const draft = (await getOwnDraft(db, userId, draftId))!;
    const service = (await getSubmissionService(db, { code: BIRTH_REGISTRATION }))!;
    const result = await saveDraftApplicant(db, userId, draft, service, { ...stepFromApplicant(draft.applicant, "000.00.22.H47"), phone: "123" });
    expect(result).toEqual({ ok: false, errors: { phone: expect.any(String), receivingUnitCode: expect.any(String) } });
    expect((await getOwnDraft(db, userId, draftId))?.applicant?.phone).toBe("0905123456");
  });

  it("answers not found for another user's draft id and for a malformed id", async () => {
    const owner = await insertCitizen(db);
    const intruder = await insertCitizen(db);
    const draftId = await completeDraft(db, owner);
    expect(await submitDossier(db, { userId: intruder, draftId })).toEqual({ ok: false, reason: "not_found" });
    expect(await submitDossier(db, { userId: intruder, draftId: "not-a-uuid" })).toEqual({ ok: false, reason: "not_found" });
    expect(await db.select().from(dossierDrafts).where(eq(dossierDrafts.id, draftId))).toHaveLength(1);
    // and once submitted by its owner, the intruder still cannot see it
    const mine = await submitDossier(db, { userId: owner, draftId });
    expect(mine.ok).toBe(true);
    expect(await submitDossier(db, { userId: intruder, draftId })).toEqual({ ok: false, reason: "not_found" });
  });

  it("submits one dossier when the same draft is submitted 5 times at once", async () => {
    const userId = await insertCitizen(db);
    const draftId = await completeDraft(db, userId);
    const results = await Promise.all(Array.from({ length: 5 }, () => submitDossier(db, { userId, draftId })));
    const codes = new Set(results.map((r) => (r.ok ? r.dossier.code : "failed")));
    expect(codes.size).toBe(1);
    expect([...codes][0]).not.toBe("failed");
    expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
    expect(await db.select().from(dossiers).where(eq(dossiers.sourceDraftId, draftId))).toHaveLength(1);
  });
});

describe("submitDossierDirectly (POST /api/v1/dossiers)", () => {
  it("gives 200 parallel submissions to one agency 200 distinct consecutive codes", async () => {
    const userId = await insertCitizen(db);
    const unit = "000.02.22.H47";
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 200 }, () =>
        submitDossierDirectly(db, {
          userId,
          idempotencyKey: randomUUID(),
          body: { serviceCode: BIRTH_REGISTRATION, receivingUnitCode: unit, formData: birthForm },
          now,
        }),
      ),
    );
    const numbers = results.map((r) => {
      if (!r.ok) throw new Error(JSON.stringify(r));
      expect(r.dossier.code.startsWith(`${unit}-${receiptDay(now)}-`)).toBe(true);
      return Number(r.dossier.code.slice(-4));
    });
    expect(new Set(numbers).size).toBe(200);
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it("without an Idempotency-Key, every call is a new dossier: 50 parallel ones get 50 consecutive codes", async () => {
    const userId = await insertCitizen(db);
    const unit = "000.03.22.H47";
    const now = new Date();
    const body = { serviceCode: BIRTH_REGISTRATION, receivingUnitCode: unit, formData: birthForm };
    const results = await Promise.all(Array.from({ length: 50 }, () => submitDossierDirectly(db, { userId, body, now })));
    const numbers = results.map((r) => {
      if (!r.ok || !r.created) throw new Error(JSON.stringify(r));
      return Number(r.dossier.code.slice(-4));
    });
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const rows = await db.select({ key: dossiers.sourceDraftId }).from(dossiers).where(eq(dossiers.userId, userId));
    expect(new Set(rows.map((r) => r.key)).size).toBe(50);
  });

  it("returns the same dossier for a retried Idempotency-Key, and refuses another user's key", async () => {
    const userId = await insertCitizen(db);
    const key = randomUUID();
    const body = { serviceCode: BIRTH_REGISTRATION, receivingUnitCode: AN_MY, formData: birthForm };
    const [a, b] = await Promise.all([
      submitDossierDirectly(db, { userId, idempotencyKey: key, body }),
      submitDossierDirectly(db, { userId, idempotencyKey: key, body }),
    ]);
    expect(a.ok && b.ok && a.dossier.code === b.dossier.code).toBe(true);
    expect([a, b].filter((r) => r.ok && r.created)).toHaveLength(1);
    const again = await submitDossierDirectly(db, { userId, idempotencyKey: key, body });
    expect(again).toMatchObject({ ok: true, created: false });
    const other = await insertCitizen(db);
    expect(await submitDossierDirectly(db, { userId: other, idempotencyKey: key, body })).toEqual({ ok: false, reason: "idempotency_conflict" });
    const history = await db
      .select()
      .from(dossierHistory)
      .innerJoin(dossiers, eq(dossiers.id, dossierHistory.dossierId))
      .where(and(eq(dossiers.sourceDraftId, key)));
    expect(history[0]?.dossier_history.data).toMatchObject({ missingDocuments: [0, 1, 2] });
  });

  it("answers field errors for bad input", async () => {
    const userId = await insertCitizen(db);
    const result = await submitDossierDirectly(db, {
      userId,
      idempotencyKey: randomUUID(),
      body: {
        serviceCode: BIRTH_REGISTRATION,
        receivingUnitCode: "000.00.03.H47",
        applicant: { fullName: "A", idNumber: "123", phone: "0905123456", email: "x@example.vn", address: "Tam Kỳ" },
        formData: { ...birthForm, childSex: "Khác", childBirthDate: "2026-02-30" },
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "invalid") return;
    expect(Object.keys(result.errors).sort()).toEqual(
      ["applicant.idNumber", "formData.childBirthDate", "formData.childSex", "receivingUnitCode"].sort(),
    );
    const unknown = await submitDossierDirectly(db, { userId, idempotencyKey: randomUUID(), body: { serviceCode: "9.999999" } });
    expect(unknown).toMatchObject({ ok: false, reason: "invalid", errors: { serviceCode: expect.any(String) } });
  });
});
