import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { services, sessions, users } from "@/db/schema";
import { editService, getEditableService } from "@/lib/admin/edit-service";
import { deleteHoliday, listHolidays, saveHoliday } from "@/lib/admin/manage-holidays";
import { createOfficer, listUnitOfficers, newOfficerSchema, updateOfficer } from "@/lib/admin/manage-officers";
import { loadCalendar } from "@/lib/calendar/holiday-store";
import { isWorkingDay } from "@/lib/calendar/calendar";
import { createDossier, createUser, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;

setupTestDatabase((handle) => (db = handle.db));

describe("holiday calendar administration", () => {
  it("adds and removes days off, and the clock sees the change at once", async () => {
    expect((await listHolidays(db, 2026)).map((h) => h.day)).toContain("2026-04-30");
    expect(isWorkingDay("2026-12-24", await loadCalendar(db))).toBe(true);
    await saveHoliday(db, { day: "2026-12-24", name: "Nghỉ bù" });
    expect(isWorkingDay("2026-12-24", await loadCalendar(db))).toBe(false);
    expect(await deleteHoliday(db, "2026-12-24")).toBe(true);
    expect(isWorkingDay("2026-12-24", await loadCalendar(db))).toBe(true);
  });
});

describe("officer administration", () => {
  it("adds officers to the admin's own unit only, guards the system-admin role, and disabling revokes sessions", async () => {
    const anMy = await unitId(db, "000.01.22.H47");
    const admin = await createUser(db, { kind: "officer", unitId: anMy, roles: ["quan-tri-don-vi"] });
    const adminScope = { id: admin.id, unitId: anMy, roles: admin.roles };
    const input = newOfficerSchema.parse({ fullName: "Cán Bộ Mới", email: "Moi@Example.vn", roles: ["chuyen-vien"], password: "MatKhau@2024!" });
    const id = await createOfficer(db, adminScope, input);
    const [created] = await db.select().from(users).where(eq(users.id, id));
    expect(created).toMatchObject({ email: "moi@example.vn", unitId: anMy, roles: ["chuyen-vien"], totpConfirmedAt: null });
    await expect(createOfficer(db, adminScope, { ...input, email: "x@example.vn", roles: ["quan-tri-he-thong"] })).rejects.toMatchObject({
      code: "refused",
    });
    await expect(createOfficer(db, adminScope, input)).rejects.toMatchObject({ code: "invalid" });

    const otherUnitOfficer = await createUser(db, { kind: "officer", unitId: await unitId(db, "000.00.09.H47"), roles: ["tiep-nhan"] });
    await expect(updateOfficer(db, adminScope, otherUnitOfficer.id, { disabled: true })).rejects.toMatchObject({ code: "not-found" });

    await db.insert(sessions).values({ id: "phien-thu", userId: id, expiresAt: new Date(Date.now() + 3_600_000) });
    await updateOfficer(db, adminScope, id, { roles: ["chuyen-vien", "tiep-nhan"], disabled: true });
    const [session] = await db.select().from(sessions).where(eq(sessions.id, "phien-thu"));
    expect(session!.revokedAt).not.toBeNull();
    const listed = await listUnitOfficers(db, anMy);
    expect(listed.find((o) => o.id === id)).toMatchObject({ roles: ["chuyen-vien", "tiep-nhan"] });
    expect(listed.find((o) => o.id === id)!.disabledAt).not.toBeNull();
  });
});

describe("service administration", () => {
  it("saves an edit as a new version; a dossier keeps the version it was filed under; other agencies cannot edit", async () => {
    const [service] = await db.select().from(services).where(eq(services.code, "1.000308"));
    const citizen = await createUser(db, { kind: "citizen" });
    const dossier = await createDossier(db, {
      serviceCode: "1.000308",
      unitId: await unitId(db, "000.01.22.H47"),
      userId: citizen.id,
      submittedAt: new Date(),
    });
    const current = await getEditableService(db, "1.000308", service!.agencyId);
    expect(current).not.toBeNull();
    const edit = {
      timeLimitText: "10 ngày làm việc",
      conditions: current!.content.conditions,
      receivingAddress: current!.content.receivingAddress,
      result: current!.content.result,
      feeLegalBasis: current!.content.feeLegalBasis,
    };
    expect(await editService(db, "1.000308", service!.agencyId, edit)).toEqual({ version: service!.version + 1, changed: true });
    expect(await editService(db, "1.000308", service!.agencyId, edit)).toEqual({ version: service!.version + 1, changed: false });
    expect(dossier.serviceVersion).toBe(service!.version);
    await expect(editService(db, "1.000308", service!.agencyId + 1, edit)).rejects.toMatchObject({ code: "not-found" });
  });
});
