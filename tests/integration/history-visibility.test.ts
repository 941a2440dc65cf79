import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossierHistory, emailOutbox, notifications } from "@/db/schema";
import { getOwnDossier } from "@/lib/tracking/get-own-dossier";
import { lookupDossier } from "@/lib/tracking/lookup-dossier";
import { applyDossierAction, type ActingUser } from "@/lib/workflow/apply-dossier-action";
import type { HistoryVisibility } from "@/lib/workflow/history-visibility";
import { createDossier, createFile, createOfficerActor, createUser, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;
let reception: ActingUser & { kind: "officer" };
let specialist: ActingUser & { kind: "officer" };
let leader: ActingUser & { kind: "officer" };
let citizen: ActingUser & { kind: "citizen" };
let anMy: number;

const vn = (iso: string) => new Date(`${iso}+07:00`);

setupTestDatabase(async (handle) => {
  db = handle.db;
  anMy = await unitId(db, "000.01.22.H47");
  reception = await createOfficerActor(db, anMy, ["tiep-nhan"], "Cán bộ Một Cửa");
  specialist = await createOfficerActor(db, anMy, ["chuyen-vien"], "Chuyên viên Thẩm Định");
  leader = await createOfficerActor(db, anMy, ["lanh-dao"], "Lãnh đạo Phê Duyệt");
  const user = await createUser(db, { kind: "citizen", name: "Nguyễn Văn Dân" });
  citizen = { kind: "citizen", id: user.id, name: user.fullName };
});

/** Each officer's working note, distinctive enough to find anywhere it leaks. */
const INTERNAL_NOTES = {
  receive: "NB-TIEPNHAN-7Q: hồ sơ quen, ưu tiên",
  assign: "NB-PHANCONG-4K: giao chị Lan xử lý gấp",
  proposeFirst: "NB-TRINH1-9X: Đủ điều kiện cấp, kính trình lãnh đạo.",
  sendBack: "NB-TRALAI-2M: sửa lại căn cứ pháp lý",
  proposeAgain: "NB-TRINH2-5Z: đã sửa, kính trình",
  approve: "NB-DUYET-8P: Đồng ý.",
  markProcessed: "NB-KETQUA-3W: đã vào sổ",
  returnResult: "NB-TRA-6T: trả qua mạng",
};

describe("officers' notes stay with officers", () => {
  it("a dossier processed through proposals, a send-back and an approval: the citizen's page, the lookup, emails and notifications carry none of the notes", async () => {
    const d = await createDossier(db, { serviceCode: "1.000308", unitId: anMy, userId: citizen.id, submittedAt: vn("2026-11-30T08:00:00") });
    let version = d.version;
    const act = async (user: ActingUser, action: Parameters<typeof applyDossierAction>[2]["action"], at: string, extra: object = {}) => {
      version = (await applyDossierAction(db, user, { dossierId: d.id, expectedVersion: version, action, now: vn(at), ...extra })).version;
    };
    await act(reception, "receive", "2026-11-30T09:00:00", { note: INTERNAL_NOTES.receive });
    await act(reception, "assign", "2026-11-30T10:00:00", { assigneeId: specialist.id, note: INTERNAL_NOTES.assign });
    const draft = await createFile(db, specialist.id, "result-draft");
    await act(specialist, "propose", "2026-12-01T09:00:00", { fileIds: [draft.id], note: INTERNAL_NOTES.proposeFirst });
    await act(leader, "send-back", "2026-12-01T10:00:00", { note: INTERNAL_NOTES.sendBack });
    await act(specialist, "propose", "2026-12-01T11:00:00", { note: INTERNAL_NOTES.proposeAgain });
    await act(leader, "approve", "2026-12-01T14:00:00", { note: INTERNAL_NOTES.approve });
    await act(leader, "mark-processed", "2026-12-01T15:00:00", {
      note: INTERNAL_NOTES.markProcessed,
      result: { number: "318/QĐ-UBND", signer: "Trần Văn Lãnh", signedOn: "2026-12-01", fileId: draft.id },
    });
    await act(reception, "return-result", "2026-12-01T16:00:00", { note: INTERNAL_NOTES.returnResult });

    // Officers keep every step and note; the visibility was written with each.
    const history = await db.select().from(dossierHistory).where(eq(dossierHistory.dossierId, d.id)).orderBy(asc(dossierHistory.id));
    expect(history.map((h) => [h.action, h.visibility])).toEqual([
      ["receive", "public"],
      ["assign", "public"],
      ["propose", "internal"],
      ["send-back", "internal"],
      ["propose", "internal"],
      ["approve", "internal"],
      ["mark-processed", "public"],
      ["return-result", "public"],
    ]);
    expect(history.map((h) => h.note)).toEqual(Object.values(INTERNAL_NOTES));

    const own = await getOwnDossier(db, citizen.id, d.code);
    expect(own?.timeline.map((t) => t.action)).toEqual(["receive", "assign", "mark-processed", "return-result"]);
    expect(own?.result).toMatchObject({ number: "318/QĐ-UBND", signer: "Trần Văn Lãnh", signedOn: "2026-12-01", file: { id: draft.id } });
    expect(own?.files.map((f) => f.id)).not.toContain(draft.id);
    const lookup = await lookupDossier(db, { code: d.code, idNumber: "049090000123" });
    expect(lookup?.result).toMatchObject({ number: "318/QĐ-UBND", signer: "Trần Văn Lãnh" });
    expect(lookup?.timeline.map((t) => t.label)).toEqual([
      "Hồ sơ đã được tiếp nhận",
      "Hồ sơ đang được chuyên viên thẩm định",
      "Đã có kết quả",
      "Đã trả kết quả",
    ]);
    const mails = await db
      .select()
      .from(emailOutbox)
      .where(sql`${emailOutbox.textBody} like ${`%${d.code}%`}`);
    const notes = await db.select().from(notifications).where(eq(notifications.dossierId, d.id));
    expect(mails.length).toBeGreaterThanOrEqual(4);
    expect(notes.length).toBeGreaterThanOrEqual(4);
    // The result is announced with its number.
    expect(notes.some((n) => n.title.includes("Đã có kết quả (số 318/QĐ-UBND)") && n.body.includes("Trần Văn Lãnh"))).toBe(true);
    expect(mails.some((m) => m.subject.includes("Đã có kết quả (số 318/QĐ-UBND)"))).toBe(true);

    const published = JSON.stringify({ own, lookup, mails: mails.map((m) => [m.subject, m.textBody]), notes: notes.map((n) => [n.title, n.body]) });
    for (const note of Object.values(INTERNAL_NOTES)) expect(published).not.toContain(note.slice(0, 12));
  });

  it("a refusal's and a stop's reason are the applicant's to read; the closure says when and why", async () => {
    const refused = await createDossier(db, { serviceCode: "1.000308", unitId: anMy, userId: citizen.id, submittedAt: vn("2026-11-30T08:00:00") });
    await applyDossierAction(db, reception, {
      dossierId: refused.id,
      expectedVersion: 1,
      action: "refuse",
      note: "Không thuộc thẩm quyền.",
      now: vn("2026-11-30T09:30:00"),
    });
    const own = await getOwnDossier(db, citizen.id, refused.code);
    expect(own?.closure).toEqual({ kind: "refused", at: vn("2026-11-30T09:30:00"), reason: "Không thuộc thẩm quyền." });
    const lookup = await lookupDossier(db, { code: refused.code, idNumber: "049090000123" });
    expect(lookup?.closure).toEqual({ kind: "refused", at: vn("2026-11-30T09:30:00").toISOString() });
    expect(JSON.stringify(lookup)).not.toContain("thẩm quyền");
  });

  it("the database refuses a public proposal, approval or send-back, and an unknown visibility", async () => {
    const d = await createDossier(db, { serviceCode: "1.000308", unitId: anMy, userId: citizen.id, submittedAt: vn("2026-11-30T08:00:00") });
    for (const action of ["propose", "approve", "send-back"]) {
      await expect(
        db.insert(dossierHistory).values({ dossierId: d.id, actorKind: "officer", action, note: "x", visibility: "public" }),
      ).rejects.toThrow();
    }
    await expect(
      db.insert(dossierHistory).values({ dossierId: d.id, actorKind: "officer", action: "receive", visibility: "everyone" }),
    ).rejects.toThrow();
    // Written without a visibility, an entry is internal.
    await db.insert(dossierHistory).values({ dossierId: d.id, actorKind: "officer", action: "receive" });
    const [row] = await db.select().from(dossierHistory).where(eq(dossierHistory.dossierId, d.id));
    expect(row?.visibility).toBe("internal");
  });

  it("the migration's backfill makes the applicant's steps and a first assignment public, everything else internal", async () => {
    const d = await createDossier(db, { serviceCode: "1.000308", unitId: anMy, userId: citizen.id, submittedAt: vn("2026-11-30T08:00:00") });
    // Written out by hand from docs/domain.md#timeline: each step and the visibility the backfill must give it.
    const expected: [action: string, visibility: HistoryVisibility][] = [
      ["submit", "public"],
      ["register-counter", "public"],
      ["receive", "public"],
      ["refuse", "public"],
      ["request-supplement", "public"],
      ["supplement", "public"],
      ["propose", "internal"],
      ["approve", "internal"],
      ["send-back", "internal"],
      ["request-payment", "public"],
      ["confirm-payment", "public"],
      ["cancel-payment", "public"],
      ["refund-payment", "public"],
      ["refund-cancelled-payment", "public"],
      ["stop", "public"],
      ["mark-processed", "public"],
      ["return-result", "public"],
      ["withdraw", "public"],
      ["request-withdrawal", "public"],
      ["confirm-withdrawal", "public"],
      ["record-apology", "public"],
      ["change-status", "internal"],
      // A dossier's first assignment is public, a re-assignment internal.
      ["assign", "public"],
      ["assign", "internal"],
    ];
    // As before the column existed: everything starts internal (the column's default).
    for (const [action] of expected) await db.insert(dossierHistory).values({ dossierId: d.id, actorKind: "officer", note: "lý do", action });
    const migration = readFileSync(path.resolve("db/migrations/0012_history_visibility.sql"), "utf8");
    const backfill = migration.slice(migration.indexOf("-- Backfill")).split("--> statement-breakpoint");
    await db.transaction(async (tx) => {
      for (const statement of backfill) await tx.execute(sql.raw(statement.replace(/^--.*$/gm, "")));
    });
    const rows = await db.select().from(dossierHistory).where(eq(dossierHistory.dossierId, d.id)).orderBy(asc(dossierHistory.id));
    expect(rows.map((r) => [r.action, r.visibility])).toEqual(expected);
    await expect(db.execute(sql`update dossier_history set note = 'x' where dossier_id = ${d.id}`)).rejects.toThrow();
  });
});
