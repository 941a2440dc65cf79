import { describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossierHistory, dossiers, files } from "@/db/schema";
import { createCalendar } from "@/lib/calendar/calendar";
import { officerActionSchema } from "@/lib/officers/action-form-schema";
import { STATUS, type DossierStatus } from "@/lib/workflow/statuses";
import { applyOfficerForm } from "@/lib/officers/apply-officer-form";
import { getOfficerDossier } from "@/lib/officers/get-officer-dossier";
import { proposeUploadedDraft } from "@/lib/officers/propose-uploaded-draft";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createDossier, createFile, createOfficerActor, createUser, refusal, unitId, type OfficerActor } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;
let anMy: number;
let reception: OfficerActor;
let busySpecialist: OfficerActor;
let freeSpecialist: OfficerActor;
let leader: OfficerActor;
let outsider: OfficerActor;
let citizenId: string;

setupTestDatabase(async (handle) => {
  db = handle.db;
  anMy = await unitId(db, "000.01.22.H47");
  reception = await createOfficerActor(db, anMy, ["tiep-nhan"], "Lê Thị Tiếp");
  busySpecialist = await createOfficerActor(db, anMy, ["chuyen-vien"], "An Văn Bận");
  freeSpecialist = await createOfficerActor(db, anMy, ["chuyen-vien"], "Nguyễn Văn Rảnh");
  leader = await createOfficerActor(db, anMy, ["lanh-dao"], "Trần Văn Lãnh");
  outsider = await createOfficerActor(db, await unitId(db, "000.00.09.H47"), ["chuyen-vien"], "Người Đơn Vị Khác");
  citizenId = (await createUser(db, { kind: "citizen" })).id;
  // The busy specialist already holds an open dossier.
  const held = await newDossier(STATUS.PROCESSING);
  await db.update(dossiers).set({ assignedOfficerId: busySpecialist.id, processingStage: "assigned" }).where(eq(dossiers.id, held.id));
});

const newDossier = (status: DossierStatus = STATUS.NEW) =>
  createDossier(db, { serviceCode: "1.000308", unitId: anMy, userId: citizenId, submittedAt: new Date(Date.now() - 3_600_000), status });
const form = (values: Record<string, unknown>) => officerActionSchema.parse({ code: "x", ...values });
const historyOf = async (dossierId: string) =>
  db.select().from(dossierHistory).where(eq(dossierHistory.dossierId, dossierId)).orderBy(asc(dossierHistory.id));

describe("combined officer forms", () => {
  it("receives and assigns in one post, recording both steps and the specialist's name", async () => {
    const d = await newDossier();
    await applyOfficerForm(
      db,
      reception,
      form({ dossierId: d.id, version: d.version, action: "receive-assign", assigneeId: freeSpecialist.id, note: "Hồ sơ đủ" }),
    );
    const [after] = await db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(after).toMatchObject({ status: 4, processingStage: "assigned", assignedOfficerId: freeSpecialist.id, version: d.version + 2 });
    const history = await historyOf(d.id);
    expect(history.map((h) => [h.action, h.fromStatus, h.toStatus, h.actorName])).toEqual([
      ["receive", 1, 2, "Lê Thị Tiếp"],
      ["assign", 2, 4, "Lê Thị Tiếp"],
    ]);
    expect(history[0]!.note).toBe("Hồ sơ đủ");
    expect(history[1]!.data).toMatchObject({ assigneeId: freeSpecialist.id, assigneeName: "Nguyễn Văn Rảnh" });
  });

  it("takes neither step when the second is refused", async () => {
    const d = await newDossier();
    const error = await refusal(
      applyOfficerForm(db, reception, form({ dossierId: d.id, version: d.version, action: "receive-assign", assigneeId: outsider.id })),
    );
    expect(error.message).toBe("Chuyên viên được chọn không thuộc đơn vị này.");
    const [after] = await db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(after).toMatchObject({ status: 1, version: d.version, assignedOfficerId: null });
    expect(await historyOf(d.id)).toEqual([]);
  });

  it("approves and completes in one post with the result's facts and the latest draft", async () => {
    const d = await newDossier(STATUS.PROCESSING);
    const draft = await createFile(db, freeSpecialist.id, "result-draft");
    await db.update(files).set({ dossierId: d.id }).where(eq(files.id, draft.id));
    await db.update(dossiers).set({ processingStage: "proposed", assignedOfficerId: freeSpecialist.id }).where(eq(dossiers.id, d.id));
    await applyOfficerForm(
      db,
      leader,
      form({
        dossierId: d.id,
        version: d.version,
        action: "approve-complete",
        resultNumber: "12/QĐ-UBND",
        resultSigner: "Trần Văn Lãnh",
        resultSignedOn: "2026-12-04",
      }),
    );
    const [after] = await db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(after).toMatchObject({
      status: 9,
      resultNumber: "12/QĐ-UBND",
      resultSigner: "Trần Văn Lãnh",
      resultSignedOn: "2026-12-04",
      resultFileId: draft.id,
    });
    expect((await historyOf(d.id)).map((h) => h.action)).toEqual(["approve", "mark-processed"]);
  });
});

describe("the specialist's upload that proposes at once", () => {
  it("proposes the stored draft, tells a stale version apart, and does nothing without the button", async () => {
    const d = await newDossier(STATUS.PROCESSING);
    await db.update(dossiers).set({ processingStage: "assigned", assignedOfficerId: freeSpecialist.id }).where(eq(dossiers.id, d.id));
    const draft = await createFile(db, freeSpecialist.id, "result-draft");
    await db.update(files).set({ dossierId: d.id }).where(eq(files.id, draft.id));
    const user: CurrentUser = {
      id: freeSpecialist.id,
      kind: "officer",
      email: "",
      emailVerified: true,
      fullName: freeSpecialist.name,
      idNumber: null,
      dateOfBirth: null,
      phone: "",
      address: "",
      unitId: anMy,
      roles: ["chuyen-vien"],
    };
    const file = { fileId: draft.id, dossierId: d.id };
    expect(await proposeUploadedDraft(db, { version: String(d.version) }, file, user)).toBeNull();
    expect(await proposeUploadedDraft(db, { trinh: "1", version: String(d.version + 5) }, file, user)).toBe("not_proposed");
    expect(await proposeUploadedDraft(db, { trinh: "1", version: String(d.version) }, file, user)).toBe("proposed");
    const [after] = await db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(after!.processingStage).toBe("proposed");
    expect((await historyOf(d.id)).at(-1)).toMatchObject({ action: "propose", data: { fileIds: [draft.id] } });
  });
});

describe("the dossier page's assignment", () => {
  it("preselects the least loaded specialist of the unit, other than the one holding the dossier", async () => {
    const fresh = await createOfficerActor(db, anMy, ["chuyen-vien"], "Ông Mới Vào");
    const d = await newDossier();
    const viewer = { id: reception.id, unitId: anMy, roles: reception.roles };
    const view = await getOfficerDossier(db, d.code, viewer, createCalendar([]));
    const order = view!.specialists.map((s) => s.id);
    // Nobody holds anything for the newcomer; the busy specialist holds an open dossier.
    expect(order.indexOf(fresh.id)).toBeLessThan(order.indexOf(busySpecialist.id));
    expect(order).not.toContain(outsider.id);
    expect(view!.defaultAssigneeId).toBe(order[0]);
    expect(view!.officerNames.get(leader.id)).toBe("Trần Văn Lãnh");
    // Assigning again offers someone else than the holder.
    await db.update(dossiers).set({ status: 4, processingStage: "assigned", assignedOfficerId: order[0]! }).where(eq(dossiers.id, d.id));
    const again = await getOfficerDossier(db, d.code, viewer, createCalendar([]));
    expect(again!.defaultAssigneeId).not.toBe(order[0]);
  });
});
