import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossiers, jobs, notifications } from "@/db/schema";
import { loadCalendar } from "@/lib/calendar/holiday-store";
import { loadNotice } from "@/lib/documents/load-notice";
import { runJobBatch } from "@/lib/jobs/job-queue";
import { remindOverdue, scanOverdue } from "@/lib/jobs/scan-overdue";
import { getOfficerDossier } from "@/lib/officers/get-officer-dossier";
import { getOwnDossier } from "@/lib/tracking/get-own-dossier";
import { lookupDossier } from "@/lib/tracking/lookup-dossier";
import { applyDossierAction, type ActingUser, type ActionRequest } from "@/lib/workflow/apply-dossier-action";
import { listApologies } from "@/lib/workflow/current-appointment";
import { createDossier, createUser, refusal, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;
let anMy: number;
let reception: ActingUser & { kind: "officer" };
let citizen: ActingUser & { kind: "citizen" };

/** Vietnam local time (UTC+7) as an instant. */
const vn = (iso: string) => new Date(`${iso}+07:00`);

setupTestDatabase(async (handle) => {
  db = handle.db;
  anMy = await unitId(db, "000.01.22.H47");
  const officer = await createUser(db, { kind: "officer", unitId: anMy, roles: ["tiep-nhan", "chuyen-vien"], name: "Lê Thị Tiếp" });
  reception = { kind: "officer", id: officer.id, name: officer.fullName, unitId: anMy, roles: ["tiep-nhan"] };
  const user = await createUser(db, { kind: "citizen", name: "Nguyễn Văn Dân" });
  citizen = { kind: "citizen", id: user.id, name: user.fullName };
});

/** A dossier of 1.000308 (15 working days) received Monday 30/11/2026 09:00: due Monday 21/12 09:00. */
async function receivedDossier() {
  const d = await createDossier(db, { serviceCode: "1.000308", unitId: anMy, userId: citizen.id, submittedAt: vn("2026-11-30T08:00:00") });
  const received = await applyDossierAction(db, reception, {
    dossierId: d.id,
    expectedVersion: 1,
    action: "receive",
    now: vn("2026-11-30T09:00:00"),
  });
  expect(received.dueAt).toEqual(vn("2026-12-21T09:00:00"));
  let version = received.version;
  const act = async (at: string, extra: Partial<ActionRequest>) => {
    const result = await applyDossierAction(db, reception, {
      dossierId: d.id,
      expectedVersion: version,
      action: "record-apology",
      now: vn(at),
      ...extra,
    });
    version = result.version;
    return result;
  };
  return { dossier: d, apologise: act };
}

describe("the overdue apology (Mẫu 04)", () => {
  it("is owed once per late period: the new date must pass before a second apology", async () => {
    const { dossier, apologise } = await receivedDossier();
    const reason = { note: "Chờ ý kiến của cơ quan phối hợp" };

    expect((await refusal(apologise("2026-12-18T09:00:00", { ...reason, newAppointment: vn("2026-12-24T17:00:00") }))).message).toMatch(
      /chưa quá hạn/,
    );
    expect((await refusal(apologise("2026-12-22T09:00:00", reason))).code).toBe("invalid");
    expect((await refusal(apologise("2026-12-22T09:00:00", { ...reason, newAppointment: vn("2026-12-21T17:00:00") }))).message).toBe(
      "validation.officer.newAppointmentNotAhead",
    );

    await apologise("2026-12-22T09:00:00", { ...reason, newAppointment: vn("2026-12-24T17:00:00") });
    // Still before the new date: the dossier is not late again yet.
    expect((await refusal(apologise("2026-12-23T09:00:00", { ...reason, newAppointment: vn("2026-12-28T17:00:00") }))).message).toMatch(
      /chưa quá hạn/,
    );
    const view = await getOfficerDossier(db, dossier.code, reception, await loadCalendar(db), vn("2026-12-23T09:00:00"));
    expect(view!.actions).not.toContain("record-apology");
    expect(view!.clock.appointmentAt).toEqual(vn("2026-12-24T17:00:00"));

    // The new date passes too: a second apology with a later date.
    await apologise("2026-12-25T09:00:00", { note: "Chờ kết quả xác minh", newAppointment: vn("2026-12-30T17:00:00") });

    // The legal due date stays (the statistics measure lateness against it).
    const [row] = await db.select().from(dossiers).where(eq(dossiers.id, dossier.id));
    expect(row!.dueAt).toEqual(vn("2026-12-21T09:00:00"));

    // The second letter apologises for the date the first one set and gives the newest.
    const letter = await loadNotice(db, dossier.code, "xin-loi", { userId: citizen.id });
    expect(letter).toMatchObject({
      kind: "apology",
      note: "Chờ kết quả xác minh",
      originalDueAt: vn("2026-12-24T17:00:00"),
      newAppointment: vn("2026-12-30T17:00:00"),
    });

    // The citizen sees the new appointment on their page and in the public lookup.
    const own = await getOwnDossier(db, citizen.id, dossier.code);
    expect(own).toMatchObject({ dueAt: vn("2026-12-21T09:00:00"), newAppointment: vn("2026-12-30T17:00:00") });
    expect(own!.timeline.filter((e) => e.action === "record-apology")).toHaveLength(2);
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, citizen.id), eq(notifications.dossierId, dossier.id)));
    expect(told.map((n) => n.body)).toContainEqual(expect.stringContaining("Cơ quan xin lỗi và hẹn trả kết quả vào lúc 17:00 30/12/2026"));
    const found = await lookupDossier(db, { code: dossier.code, idNumber: "049090000123" });
    expect(found).toMatchObject({ newAppointment: vn("2026-12-30T17:00:00").toISOString() });
  });

  it("sets the new appointment on a working day of the calendar only, the day as read in Vietnam", async () => {
    const { dossier, apologise } = await receivedDossier();
    const reason = { note: "Chờ ý kiến của cơ quan phối hợp" };
    const refusedDate = async (newAppointment: Date) => refusal(apologise("2026-12-22T09:00:00", { ...reason, newAppointment }));

    // Saturday 26/12/2026, and Friday 25/12 20:00 UTC which is that Saturday in Vietnam.
    for (const saturday of [vn("2026-12-26T17:00:00"), new Date("2026-12-25T20:00:00Z")]) {
      expect(await refusedDate(saturday)).toMatchObject({
        code: "invalid",
        field: "newAppointment",
        message: "validation.officer.newAppointmentNotWorkingDay",
      });
    }
    // Friday 1/1/2027, Tết Dương lịch in the holiday table.
    expect(await refusedDate(vn("2027-01-01T17:00:00"))).toMatchObject({
      code: "invalid",
      field: "newAppointment",
      message: "validation.officer.newAppointmentNotWorkingDay",
    });
    expect(await listApologies(db, dossier.id)).toHaveLength(0);

    // Monday 4/1/2027 is a working day.
    await apologise("2026-12-22T09:00:00", { ...reason, newAppointment: vn("2027-01-04T17:00:00") });
    expect(await listApologies(db, dossier.id)).toEqual([{ at: vn("2026-12-22T09:00:00"), newAppointment: vn("2027-01-04T17:00:00") }]);
  });

  it("shows no new appointment before any apology", async () => {
    const { dossier } = await receivedDossier();
    expect((await getOwnDossier(db, citizen.id, dossier.code))!.newAppointment).toBeNull();
    expect((await lookupDossier(db, { code: dossier.code, idNumber: "049090000123" }))!.newAppointment).toBeNull();
  });
});

describe("the overdue reminder", () => {
  it("is sent once per late period, again only after the apology's new date passes", async () => {
    const { dossier, apologise } = await receivedDossier();
    const reminders = async () =>
      (
        await db
          .select()
          .from(notifications)
          .where(and(eq(notifications.userId, reception.id), eq(notifications.dossierId, dossier.id)))
      ).length;
    const remind = async (at: string) => {
      await scanOverdue(db, vn(at));
      // The queue runs on real time; the reminders were queued for now.
      await runJobBatch(db, { "overdue-reminder": remindOverdue(db) }, { limit: 100 });
    };

    await remind("2026-12-18T09:00:00");
    expect(await reminders()).toBe(0);
    await remind("2026-12-22T09:00:00");
    expect(await reminders()).toBe(1);
    // Every later scan (every 10 minutes) finds the same late period: no second reminder.
    await remind("2026-12-22T09:10:00");
    await remind("2026-12-23T09:00:00");
    expect(await reminders()).toBe(1);

    await apologise("2026-12-23T10:00:00", { note: "Chờ xác minh", newAppointment: vn("2026-12-28T17:00:00") });
    await remind("2026-12-24T09:00:00");
    expect(await reminders()).toBe(1);
    await remind("2026-12-29T09:00:00");
    await remind("2026-12-29T09:10:00");
    expect(await reminders()).toBe(2);
    const keys = (await db.select({ key: jobs.dedupeKey }).from(jobs).where(eq(jobs.kind, "overdue-reminder"))).map((j) => j.key);
    expect(keys.filter((k) => k?.startsWith(`overdue-reminder:${dossier.id}:`))).toEqual([
      `overdue-reminder:${dossier.id}:${vn("2026-12-21T09:00:00").toISOString()}`,
      `overdue-reminder:${dossier.id}:${vn("2026-12-28T17:00:00").toISOString()}`,
    ]);
  });
});
