import { describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossierHistory, dossiers, emailOutbox, notifications, payments } from "@/db/schema";
import { loadNotice } from "@/lib/documents/load-notice";
import { applyDossierAction, type ActingUser } from "@/lib/workflow/apply-dossier-action";
import { createDossier, createFile, createOfficerActor, createUser, refusal, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;
let reception: ActingUser & { kind: "officer" };
let specialist: ActingUser & { kind: "officer" };
let leader: ActingUser & { kind: "officer" };
let otherUnitReception: ActingUser & { kind: "officer" };
let citizen: ActingUser & { kind: "citizen" };
let anMy: number;

/** Vietnam local time (UTC+7) as an instant. */
const vn = (iso: string) => new Date(`${iso}+07:00`);

const officer = (unit: number, role: string) => createOfficerActor(db, unit, [role], `Cán bộ ${role}`);

setupTestDatabase(async (handle) => {
  db = handle.db;
  anMy = await unitId(db, "000.01.22.H47");
  reception = await officer(anMy, "tiep-nhan");
  specialist = await officer(anMy, "chuyen-vien");
  leader = await officer(anMy, "lanh-dao");
  otherUnitReception = await officer(await unitId(db, "000.00.09.H47"), "tiep-nhan");
  const user = await createUser(db, { kind: "citizen", name: "Nguyễn Văn Dân" });
  citizen = { kind: "citizen", id: user.id, name: user.fullName };
});

describe("a full-process dossier from receipt to result", () => {
  it("goes receive → assign → supplement (clock paused) → propose → approve → processed → returned, all recorded", async () => {
    // 1.000308: toàn trình, 15 working days.
    const d = await createDossier(db, { serviceCode: "1.000308", unitId: anMy, userId: citizen.id, submittedAt: vn("2026-11-30T08:00:00") });
    let version = d.version;
    const act = async (user: ActingUser, action: Parameters<typeof applyDossierAction>[2]["action"], at: string, extra: object = {}) => {
      const result = await applyDossierAction(db, user, { dossierId: d.id, expectedVersion: version, action, now: vn(at), ...extra });
      version = result.version;
      return result;
    };

    const received = await act(reception, "receive", "2026-11-30T09:00:00");
    expect(received.status).toBe(2);
    // 15 working days (120 h) from Monday 30/11 09:00 → Monday 21/12 09:00.
    expect(received.dueAt).toEqual(vn("2026-12-21T09:00:00"));

    expect((await act(reception, "assign", "2026-11-30T10:00:00", { assigneeId: specialist.id })).status).toBe(4);
    expect((await act(specialist, "request-supplement", "2026-12-01T09:00:00", { note: "Bổ sung giấy xác nhận thu nhập" })).status).toBe(5);
    const supplemented = await act(citizen, "supplement", "2026-12-03T09:00:00", { note: "Đã bổ sung" });
    // Paused Tuesday 09:00 → Thursday 09:00 = 16 working hours: the due date moves two working days.
    expect(supplemented).toMatchObject({ status: 4, dueAt: vn("2026-12-23T09:00:00") });

    const notice = await loadNotice(db, d.code, "yeu-cau-bo-sung", { userId: citizen.id });
    expect(notice).toMatchObject({ kind: "supplement", note: "Bổ sung giấy xác nhận thu nhập", officerName: specialist.name });
    expect(await loadNotice(db, d.code, "yeu-cau-bo-sung", { userId: otherUnitReception.id })).toBeNull();
    expect(await loadNotice(db, d.code, "tu-choi", { userId: citizen.id })).toBeNull();

    const second = await refusal(act(specialist, "request-supplement", "2026-12-04T09:00:00", { note: "Lần hai" }));
    expect(second.message).toMatch(/một lần/);

    const draft = await createFile(db, specialist.id, "result-draft");
    await act(specialist, "propose", "2026-12-07T09:00:00", { fileIds: [draft.id] });
    await act(leader, "approve", "2026-12-07T10:00:00");
    const processed = await act(leader, "mark-processed", "2026-12-07T11:00:00", {
      result: { number: "125/QĐ-UBND", signer: "Trần Văn Lãnh", signedOn: "2026-12-07", fileId: draft.id },
    });
    expect(processed.status).toBe(9);
    expect((await act(reception, "return-result", "2026-12-07T14:00:00")).status).toBe(10);

    const history = await db.select().from(dossierHistory).where(eq(dossierHistory.dossierId, d.id)).orderBy(asc(dossierHistory.id));
    expect(history.map((h) => [h.action, h.fromStatus, h.toStatus])).toEqual([
      ["receive", 1, 2],
      ["assign", 2, 4],
      ["request-supplement", 4, 5],
      ["supplement", 5, 4],
      ["propose", 4, 4],
      ["approve", 4, 4],
      ["mark-processed", 4, 9],
      ["return-result", 9, 10],
    ]);
    expect(history[2]).toMatchObject({ actorUserId: specialist.id, note: "Bổ sung giấy xác nhận thu nhập" });
    const [final] = await db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(final).toMatchObject({ status: 10, resultNumber: "125/QĐ-UBND", pausedWorkingHours: 16, clockPausedAt: null, version });
    const notices = await db.select().from(notifications).where(eq(notifications.dossierId, d.id));
    expect(notices.length).toBe(6);
    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.kind, "dossier-status"));
    expect(mails.some((m) => m.subject.includes("Đã trả kết quả"))).toBe(true);
  });
});

describe("rights, guards and concurrency", () => {
  it("hides another unit's dossier and another citizen's dossier (not found), and refuses a role that may not act", async () => {
    const d = await createDossier(db, { serviceCode: "1.000308", unitId: anMy, userId: citizen.id, submittedAt: vn("2026-11-30T08:00:00") });
    expect((await refusal(applyDossierAction(db, otherUnitReception, { dossierId: d.id, expectedVersion: 1, action: "receive" }))).code).toBe(
      "not-found",
    );
    const stranger = await createUser(db, { kind: "citizen" });
    expect(
      (
        await refusal(
          applyDossierAction(db, { kind: "citizen", id: stranger.id, name: "x" }, { dossierId: d.id, expectedVersion: 1, action: "withdraw" }),
        )
      ).code,
    ).toBe("not-found");
    expect((await refusal(applyDossierAction(db, specialist, { dossierId: d.id, expectedVersion: 1, action: "receive" }))).code).toBe("refused");
    const [unchanged] = await db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(unchanged).toMatchObject({ status: 1, version: 1 });
  });

  it("lets exactly one of two officers acting on the same version win; the other gets a clear message", async () => {
    const d = await createDossier(db, { serviceCode: "1.000308", unitId: anMy, userId: citizen.id, submittedAt: vn("2026-11-30T08:00:00") });
    const second = await officer(anMy, "tiep-nhan");
    const outcomes = await Promise.allSettled([
      applyDossierAction(db, reception, { dossierId: d.id, expectedVersion: 1, action: "receive" }),
      applyDossierAction(db, second, { dossierId: d.id, expectedVersion: 1, action: "refuse", note: "Sai thẩm quyền" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const failed = outcomes.find((o) => o.status === "rejected");
    expect((failed as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
    const history = await db.select().from(dossierHistory).where(eq(dossierHistory.dossierId, d.id));
    expect(history).toHaveLength(1);
    const [row] = await db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(row!.version).toBe(2);
  });

  it("asks for payment with a fee record, and needs a reason to refuse", async () => {
    const d = await createDossier(db, { serviceCode: "1.000308", unitId: anMy, userId: citizen.id, submittedAt: vn("2026-11-30T08:00:00") });
    const refused = await refusal(applyDossierAction(db, reception, { dossierId: d.id, expectedVersion: 1, action: "refuse", note: " " }));
    expect(refused.message).toMatch(/lý do/);
    await applyDossierAction(db, reception, { dossierId: d.id, expectedVersion: 1, action: "receive" });
    await applyDossierAction(db, reception, { dossierId: d.id, expectedVersion: 2, action: "assign", assigneeId: specialist.id });
    const invalidAssignee = await refusal(
      applyDossierAction(db, reception, { dossierId: d.id, expectedVersion: 3, action: "assign", assigneeId: leader.id }),
    );
    expect(invalidAssignee.code).toBe("invalid");
    const paying = await applyDossierAction(db, specialist, { dossierId: d.id, expectedVersion: 3, action: "request-payment", amount: 50_000 });
    expect(paying.status).toBe(6);
    const [fee] = await db
      .select()
      .from(payments)
      .where(and(eq(payments.dossierId, d.id)));
    expect(fee).toMatchObject({ amount: 50_000, status: "waiting" });
  });
});
