import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossierHistory, dossiers, services } from "@/db/schema";
import { computeReport } from "@/lib/statistics/compute-report";
import { answerStatisticsQuery } from "@/lib/statistics/api-statistics";
import type { ReportFigures } from "@/lib/statistics/figures";
import { monthPeriod, rangePeriod, yearPeriod, type Period } from "@/lib/statistics/period";
import { applyDossierAction } from "@/lib/workflow/apply-dossier-action";
import { createDossier, createFile, createOfficerActor, createUser, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";
import { rowsOf } from "@/db/rows-of";
import type { DossierChannel, DossierStatus } from "@/lib/workflow/statuses";

let db: Database;
let anMy: number;
let serviceId: number;

const vn = (iso: string) => new Date(`${iso}+07:00`);

setupTestDatabase(async (handle) => {
  db = handle.db;
  anMy = await unitId(db, "000.01.22.H47");
  const [service] = await db.select({ id: services.id }).from(services).where(eq(services.code, "1.001193"));
  serviceId = service!.id;
});

interface Fixture {
  status: DossierStatus;
  submitted: string;
  due: string;
  completed?: string;
  paused?: string;
  /** An apology (Mẫu 04): when, and the new date it set; the dossier keeps its legal due date. */
  apology?: { at: string; newAppointment: string };
  channel?: DossierChannel;
}

/** A dossier written as it stands, through a plain insert (the roll-up triggers see it like any other). */
async function put(f: Fixture, service = serviceId) {
  const [s] = await db.select().from(services).where(eq(services.id, service));
  const [row] = await db
    .insert(dossiers)
    .values({
      code: `000.01.22.H47-230101-${randomUUID().slice(0, 8)}`,
      serviceId: service,
      serviceVersion: s!.version,
      serviceCode: s!.code,
      serviceName: s!.name,
      unitId: anMy,
      status: f.status,
      channel: f.channel ?? 2,
      applicant: { fullName: "Trần Thị Bình", idNumber: "049190000001", phone: "0905000001", email: "", address: "Tam Kỳ" },
      applicantName: "Trần Thị Bình",
      applicantIdNumber: "049190000001",
      formData: {},
      submittedAt: vn(f.submitted),
      receiptDeadline: vn(f.submitted),
      receivedAt: f.status === 1 ? null : vn(f.submitted),
      dueAt: vn(f.due),
      completedAt: f.completed ? vn(f.completed) : null,
      clockPausedAt: f.paused ? vn(f.paused) : null,
      supplementRequestedAt: f.paused ? vn(f.paused) : null,
    })
    .returning({ id: dossiers.id });
  if (f.apology) {
    // As the workflow records it: a history entry holding the new date.
    await db.insert(dossierHistory).values({
      dossierId: row!.id,
      at: vn(f.apology.at),
      actorKind: "officer",
      action: "record-apology",
      fromStatus: f.status,
      toStatus: f.status,
      data: { newAppointment: vn(f.apology.newAppointment).toISOString() },
    });
  }
}

function identityHolds(f: ReportFigures) {
  expect(f.carriedOver + f.received).toBe(f.resolved + f.refused + f.withdrawn + f.stopped + f.inProgress);
  expect(f.toHandle).toBe(f.carriedOver + f.received);
  expect(f.inProgress).toBe(f.inProgressInTime + f.inProgressOverdue);
  expect(f.received).toBe(f.receivedOnline + f.receivedInPerson + f.receivedPostal);
}

describe("the periodic report on hand-built dossiers (docs/statistics.md)", () => {
  it("counts carried-over, received, resolved by timing, closed without result and in progress, across period boundaries", async () => {
    // Another service of the same unit, so these fixtures are counted alone by the service scope.
    const [other] = await db.select({ id: services.id }).from(services).where(eq(services.code, "1.000308"));
    const sid = other!.id;
    const fixtures: Fixture[] = [
      // carried over from February, resolved early in March (before the due day)
      { status: 10, submitted: "2023-02-20T09:00:00", due: "2023-03-10T17:00:00", completed: "2023-03-03T10:00:00" },
      // resolved on the due day, before the due time: on time
      { status: 10, submitted: "2023-03-05T09:00:00", due: "2023-03-10T17:00:00", completed: "2023-03-10T15:00:00" },
      // late, with an apology and a new date it met: still late against the legal due date
      {
        status: 9,
        submitted: "2023-03-06T09:00:00",
        due: "2023-03-15T17:00:00",
        completed: "2023-03-20T10:00:00",
        apology: { at: "2023-03-16T08:00:00", newAppointment: "2023-03-21T17:00:00" },
        channel: 1,
      },
      // open at the end, not yet due
      { status: 4, submitted: "2023-03-25T09:00:00", due: "2023-04-05T17:00:00", channel: 3 },
      // clock paused for supplementation before the due date: in progress, not overdue though the date passed
      { status: 5, submitted: "2023-03-01T09:00:00", due: "2023-03-12T17:00:00", paused: "2023-03-08T09:00:00" },
      // carried over and overdue since February
      { status: 4, submitted: "2023-02-10T09:00:00", due: "2023-02-25T17:00:00", channel: 1 },
      // refused at receipt
      { status: 3, submitted: "2023-03-28T09:00:00", due: "2023-04-10T17:00:00", completed: "2023-03-29T09:00:00" },
      // submitted in the last half hour of March (local time): March's
      { status: 1, submitted: "2023-03-31T23:30:00", due: "2023-04-10T17:00:00" },
      // ten minutes into April (still 31 March in UTC): April's
      { status: 1, submitted: "2023-04-01T00:10:00", due: "2023-04-10T17:00:00" },
      // resolved after the period: in progress at its end, in time
      { status: 10, submitted: "2023-03-15T09:00:00", due: "2023-04-10T17:00:00", completed: "2023-04-02T09:00:00" },
      // carried over, withdrawn in March
      { status: 7, submitted: "2023-02-15T09:00:00", due: "2023-03-30T17:00:00", completed: "2023-03-02T09:00:00" },
      // paused after it was already late: overdue
      { status: 5, submitted: "2023-03-01T09:00:00", due: "2023-03-10T17:00:00", paused: "2023-03-14T09:00:00" },
    ];
    for (const f of fixtures) await put(f, sid);

    const march = await computeReport(db, monthPeriod(2023, 3), { serviceId: sid });
    expect(march.total).toMatchObject({
      carriedOver: 3,
      received: 8,
      receivedOnline: 6,
      receivedInPerson: 1,
      receivedPostal: 1,
      toHandle: 11,
      resolved: 3,
      resolvedEarly: 1,
      resolvedOnTime: 1,
      resolvedLate: 1,
      resolvedOnline: 2,
      refused: 1,
      withdrawn: 1,
      stopped: 0,
      inProgress: 6,
      inProgressOverdue: 2,
      inProgressInTime: 4,
    });
    expect(march.total.onTimeRate).toBeCloseTo(2 / 3);
    identityHolds(march.total);

    const february = await computeReport(db, monthPeriod(2023, 2), { serviceId: sid });
    expect(february.total).toMatchObject({ carriedOver: 0, received: 3, resolved: 0, inProgress: 3, inProgressOverdue: 1 });

    // A range that cuts months: 5–10 March.
    const days = await computeReport(db, rangePeriod("2023-03-05", "2023-03-10"), { serviceId: sid });
    expect(days.total).toMatchObject({ carriedOver: 3, received: 2, resolved: 1, resolvedOnTime: 1, inProgress: 4 });
    identityHolds(days.total);

    // The monthly trend carries each month's stock into the next.
    const trend = await computeReport(db, rangePeriod("2023-02-01", "2023-04-30"), { serviceId: sid }, "month");
    expect(trend.groups.map((g) => [g.key, g.figures.carriedOver, g.figures.received, g.figures.inProgress])).toEqual([
      ["2023-02", 0, 3, 3],
      ["2023-03", 3, 8, 6],
      ["2023-04", 6, 1, 6],
    ]);
  });

  it("follows the status machine: receive, supplementation pause and resume, result, in the same transaction", async () => {
    const reception = await createOfficerActor(db, anMy, ["tiep-nhan", "chuyen-vien", "lanh-dao"], "Cán bộ thống kê");
    const citizenUser = await createUser(db, { kind: "citizen" });
    const citizen = { kind: "citizen" as const, id: citizenUser.id, name: citizenUser.fullName };
    const d = await createDossier(db, { serviceCode: "1.000308", unitId: anMy, userId: citizen.id, submittedAt: vn("2026-11-30T08:00:00") });
    let version = d.version;
    const act = async (
      user: Parameters<typeof applyDossierAction>[1],
      action: Parameters<typeof applyDossierAction>[2]["action"],
      at: string,
      extra: object = {},
    ) => {
      const r = await applyDossierAction(db, user, { dossierId: d.id, expectedVersion: version, action, now: vn(at), ...extra });
      version = r.version;
    };
    const december = monthPeriod(2026, 12);
    const scope = { serviceId: d.serviceId, unitId: anMy };
    const before = (await computeReport(db, december, scope)).total;

    await act(reception, "receive", "2026-11-30T09:00:00");
    await act(reception, "assign", "2026-11-30T10:00:00", { assigneeId: reception.id });
    await act(reception, "request-supplement", "2026-12-01T09:00:00", { note: "Thiếu bản sao giấy khai sinh" });
    let now = (await computeReport(db, december, scope)).total;
    expect(now.inProgress - before.inProgress).toBe(0);
    await act(citizen, "supplement", "2026-12-03T09:00:00");
    const draft = await createFile(db, reception.id, "result-draft");
    await act(reception, "propose", "2026-12-04T09:00:00", { fileIds: [draft.id] });
    await act(reception, "approve", "2026-12-04T10:00:00");
    const result = await createFile(db, reception.id, "result");
    await act(reception, "mark-processed", "2026-12-04T11:00:00", {
      result: { number: "12/QĐ", signer: "Lê Văn Ký", signedOn: "2026-12-04", fileId: result.id },
    });
    now = (await computeReport(db, december, scope)).total;
    expect(now.resolved - before.resolved).toBe(1);
    expect(now.resolvedEarly - before.resolvedEarly).toBe(1);
    expect(now.inProgress - before.inProgress).toBe(-1);
    identityHolds(now);
  });
});

type RecountGroupBy = "tier" | "unit" | "service" | "field" | "none";

/** The report written plainly from the dossier rows (docs/statistics.md), to hold the roll-up against. */
async function recount(period: Period, groupBy: RecountGroupBy, unit?: number): Promise<Map<string, Partial<ReportFigures>>> {
  const key = { tier: sql`u.tier`, unit: sql`u.id::text`, service: sql`d.service_id::text`, field: sql`sv.field_id::text`, none: sql`'all'` }[
    groupBy
  ];
  const local = (col: string) => sql.raw(`(d.${col} at time zone 'Asia/Ho_Chi_Minh')::date`);
  const closedAt = sql.raw(`coalesce(d.completed_at, d.updated_at)`);
  const closedDay = sql`(${closedAt} at time zone 'Asia/Ho_Chi_Minh')::date`;
  const pausedInTime = sql`(d.clock_paused_at is not null and d.clock_paused_at <= d.due_at)`;
  const late = sql`(${closedAt} > d.due_at and not ${pausedInTime})`;
  const closed = sql`d.status in (3, 7, 8, 9, 10)`;
  const openAt = (day: string) => sql`(${local("submitted_at")} < ${day}::date and not (${closed} and ${closedDay} < ${day}::date))`;
  const result = await db.execute(sql`
    select ${key} as key,
      count(*) filter (where ${openAt(period.from)})::int as "carriedOver",
      count(*) filter (where ${local("submitted_at")} between ${period.from}::date and ${period.to}::date)::int as received,
      count(*) filter (where d.status in (9, 10) and ${closedDay} between ${period.from}::date and ${period.to}::date)::int as resolved,
      count(*) filter (where d.status in (9, 10) and ${closedDay} between ${period.from}::date and ${period.to}::date and ${late})::int as "resolvedLate",
      count(*) filter (where d.status in (9, 10) and d.channel = 2 and ${closedDay} between ${period.from}::date and ${period.to}::date)::int as "resolvedOnline",
      count(*) filter (where d.status in (3, 7, 8) and ${closedDay} between ${period.from}::date and ${period.to}::date)::int as "closedWithoutResult",
      count(*) filter (where ${openAt(period.end)})::int as "inProgress",
      count(*) filter (where ${openAt(period.end)} and ${local("due_at")} < ${period.end}::date and not ${pausedInTime})::int as "inProgressOverdue"
    from dossiers d join units u on u.id = d.unit_id join services sv on sv.id = d.service_id
    where ${unit === undefined ? sql`true` : sql`d.unit_id = ${unit}`}
    group by 1`);
  const rows = (Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows) as Record<string, unknown>[];
  return new Map(rows.map((r) => [String(r.key), r as Partial<ReportFigures>]));
}

describe("the roll-up equals a recount from the dossier rows", () => {
  it("for every tier and unit, whole months, a quarter and a cut range", async () => {
    // 3,000 dossiers over every unit, 2024–2025, every status, early, late, paused before and after the due date.
    await db.execute(sql`
      with u as (select id, row_number() over (order by id) - 1 as idx, count(*) over () as n from units),
           s as (select id, version, code, name, row_number() over (order by id) - 1 as idx, count(*) over () as n from services),
           g as (select i, (date '2024-01-01' + (i * 7 % 730)) + time '08:00' + make_interval(mins => (i * 37 % 540)::int) as local_submitted,
                        (array[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10, 9, 4])[1 + (i * 13 % 14)] as status
                 from generate_series(0, 2999) as i)
      insert into dossiers (code, service_id, service_version, service_code, service_name, unit_id, status, channel, applicant,
                            applicant_name, applicant_id_number, form_data, submitted_at, receipt_deadline, due_at, completed_at,
                            clock_paused_at)
      select 'TK-' || g.i, s.id, s.version, s.code, s.name, u.id, g.status, 1 + (g.i % 3)::int,
             '{"fullName": "Thử", "idNumber": "049000000000"}'::jsonb, 'Thử', '049000000000', '{}'::jsonb,
             g.local_submitted at time zone 'Asia/Ho_Chi_Minh', g.local_submitted at time zone 'Asia/Ho_Chi_Minh',
             (g.local_submitted + make_interval(days => (3 + g.i % 25)::int)) at time zone 'Asia/Ho_Chi_Minh',
             case when g.status in (3, 7, 8, 9, 10) then (g.local_submitted + make_interval(hours => (5 + g.i * 11 % 900)::int)) at time zone 'Asia/Ho_Chi_Minh' end,
             case when g.status = 5 then (g.local_submitted + make_interval(days => (g.i % 30)::int)) at time zone 'Asia/Ho_Chi_Minh' end
      from g join u on u.idx = g.i % u.n join s on s.idx = (g.i * 7919) % s.n`);
    // And a change through an UPDATE touching many rows at once: the statement trigger sees them all.
    await db.execute(
      sql`update dossiers set status = 8, completed_at = submitted_at + interval '3 days' where status = 4 and code like 'TK-%' and channel = 3`,
    );

    // A unit with many of these dossiers: its report by service reads statistics_monthly_unit_service.
    const [busy] = rowsOf<{ unit_id: number }>(
      await db.execute(sql`select unit_id from dossiers where code like 'TK-%' group by 1 order by count(*) desc, 1 limit 1`),
    );
    const cases: { groupBy: RecountGroupBy; unit?: number }[] = [
      { groupBy: "tier" },
      { groupBy: "unit" },
      { groupBy: "none" },
      // statistics_monthly_service (province by service and by field) and statistics_monthly_unit_service
      { groupBy: "service" },
      { groupBy: "field" },
      { groupBy: "service", unit: busy!.unit_id },
    ];
    const periods = [yearPeriod(2025), monthPeriod(2024, 6), rangePeriod("2024-04-01", "2024-06-30"), rangePeriod("2025-02-11", "2025-07-19")];
    for (const period of periods) {
      for (const { groupBy, unit } of cases) {
        const expected = await recount(period, groupBy, unit);
        const report = await computeReport(db, period, unit === undefined ? {} : { unitId: unit }, groupBy);
        const got = new Map(report.groups.map((g) => [g.key, g.figures]));
        for (const [key, e] of expected) {
          const f = got.get(key);
          const closedWithout = f ? f.refused + f.withdrawn + f.stopped : 0;
          if (!f) {
            expect({ key, ...e }).toMatchObject({ carriedOver: 0, received: 0, inProgress: 0 });
            continue;
          }
          expect({ groupBy, unit, key, ...f, closedWithoutResult: closedWithout }).toMatchObject({ groupBy, unit, key, ...e });
          identityHolds(f);
        }
      }
    }

    // And each monthly table, row by row, equals the daily one summed over its months.
    const metrics = "received, resolved_early, resolved_on_time, resolved_late, refused, withdrawn, stopped, overdue_from, closed_after_due";
    const sums = metrics
      .split(", ")
      .map((c) => `sum(${c})::int`)
      .join(", ");
    const nonZero = metrics
      .split(", ")
      .map((c) => `${c} <> 0`)
      .join(" or ");
    for (const [table, keys] of [
      ["statistics_monthly", "unit_id, channel"],
      ["statistics_monthly_service", "service_id, channel"],
      ["statistics_monthly_unit_service", "unit_id, service_id, channel"],
    ]) {
      const differences = await db.execute(
        sql.raw(`
        with monthly as (select month, ${keys}, ${metrics} from ${table} where ${nonZero}),
             daily as (select * from (select date_trunc('month', day)::date as month, ${keys}, ${sums} from statistics_daily group by 1, ${keys}) d(month, ${keys}, ${metrics}) where ${nonZero})
        (select 'only in ${table}' as side, * from (select * from monthly except all select * from daily) a)
        union all
        (select 'only in the daily sums' as side, * from (select * from daily except all select * from monthly) b)`),
      );
      expect(rowsOf(differences)).toEqual([]);
    }
  });
});

describe("GET /api/v1/statistics (answerStatisticsQuery)", () => {
  const ask = (query: string) => answerStatisticsQuery(db, new URLSearchParams(query));

  it("names every bad parameter", async () => {
    expect(await ask("from=2023-02-30&to=2023-03-01")).toMatchObject({ ok: false, errors: { from: expect.any(String) } });
    expect(await ask("from=2023-03-01&to=2023-02-01")).toMatchObject({ ok: false, errors: { to: expect.any(String) } });
    expect(await ask("from=2023-01-01&to=2023-12-31&groupBy=everything")).toMatchObject({ ok: false, errors: { groupBy: expect.any(String) } });
    expect(await ask("from=2023-01-01&to=2023-12-31&tier=vung")).toMatchObject({ ok: false, errors: { tier: expect.any(String) } });
    expect(await ask("from=2023-01-01&to=2023-12-31&unit=000.99.99.H47")).toMatchObject({ ok: false, errors: { unit: expect.any(String) } });
    expect(await ask("from=2023-01-01&to=2023-12-31&service=x'; drop table dossiers")).toMatchObject({
      ok: false,
      errors: { service: expect.any(String) },
    });
    expect(await ask("from=2023-01-01&to=2023-12-31&evil=1")).toMatchObject({ ok: false, errors: { evil: expect.any(String) } });
    expect(await ask("from=2023-01-01&from=2023-02-01&to=2023-12-31")).toMatchObject({ ok: false, errors: { from: expect.any(String) } });
    expect(await ask("to=2023-12-31")).toMatchObject({ ok: false, errors: { from: expect.any(String) } });
  });

  it("answers by unit code and service code with the same figures as the query module", async () => {
    const answer = await ask("from=2023-03-01&to=2023-03-31&unit=000.01.22.H47&service=1.000308");
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const direct = await computeReport(db, monthPeriod(2023, 3), {
      unitId: anMy,
      serviceId: (await db.select({ id: services.id }).from(services).where(eq(services.code, "1.000308")))[0]!.id,
    });
    expect(answer.report.total).toEqual(direct.total);
  });
});
