import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossierRatings, dossiers, feedbackItems, payments, services, units } from "@/db/schema";
import { registerComplaintFigures } from "@/lib/feedback/complaint-figures";
import { getServiceIndex } from "@/lib/statistics/get-service-index";
import { getServiceRecord } from "@/lib/statistics/get-service-record";
import { monthPeriod } from "@/lib/statistics/period";
import type { ComponentScore } from "@/lib/statistics/service-index/components";
import type { ComplaintSource } from "@/lib/statistics/service-index/complaint-source";
import type { IndexScore } from "@/lib/statistics/service-index/total-index";
import type { DossierChannel, DossierStatus } from "@/lib/workflow/statuses";
import { createUser } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

// Hand-built dossiers in March 2019, a month no seed writes to: every figure below is counted by hand.
let db: Database;
let citizen: string;
type ServiceRow = typeof services.$inferSelect;
let agencyId: number;
let agencyServices: ServiceRow[];
let s1: ServiceRow;
let districtId: number;
let communeId: number;
let s2: ServiceRow;
let s3: ServiceRow;

const vn = (iso: string) => new Date(`${iso}+07:00`);
const online = (s: ServiceRow) => s.channels.some((c) => c.channel === "truc-tuyen");
const feeBearing = (s: ServiceRow) => s.fees.reduce((sum, f) => sum + f.amount, 0) > 0;

setupTestDatabase(async (handle) => {
  db = handle.db;
  citizen = (await createUser(db, { kind: "citizen" })).id;
  const all = await db.select().from(services).where(eq(services.active, true));
  // The agency of a provincial procedure offered online with a fee.
  s1 = all.find((s) => s.level === "tinh" && online(s) && feeBearing(s))!;
  agencyId = s1.agencyId;
  agencyServices = all.filter((s) => s.agencyId === agencyId && s.level === "tinh");
  s2 = all.find((s) => s.level === "huyen")!;
  s3 = all.find((s) => s.level === "xa")!;
  const [district] = await db.select().from(units).where(eq(units.kind, "district")).orderBy(units.code).limit(1);
  districtId = district!.id;
  const [commune] = await db.select().from(units).where(eq(units.parentId, districtId)).limit(1);
  communeId = commune!.id;
});

interface Fixture {
  service: ServiceRow;
  unit: number;
  status: DossierStatus;
  channel: DossierChannel;
  received: string;
  due: string;
  completed?: string;
  handover?: boolean;
  paused?: number;
}

async function put(f: Fixture): Promise<string> {
  const [row] = await db
    .insert(dossiers)
    .values({
      code: `T-${randomUUID()}`,
      userId: citizen,
      serviceId: f.service.id,
      serviceVersion: f.service.version,
      serviceCode: f.service.code,
      serviceName: f.service.name,
      unitId: f.unit,
      status: f.status,
      channel: f.channel,
      applicant: { fullName: "Lê Văn Cường", idNumber: "049190000002", phone: "0905000002", email: "", address: "Hội An" },
      applicantName: "Lê Văn Cường",
      applicantIdNumber: "049190000002",
      formData: {},
      submittedAt: vn(f.received),
      receiptDeadline: vn(f.received),
      receivedAt: vn(f.received),
      dueAt: vn(f.due),
      completedAt: f.completed ? vn(f.completed) : null,
      handoverRecordedAt: f.handover ? vn(f.completed!) : null,
      pausedWorkingHours: f.paused ?? 0,
    })
    .returning({ id: dossiers.id });
  return row!.id;
}

async function pay(dossierId: string, provider: string, paidAt: string) {
  const ref = randomUUID();
  await db.insert(payments).values({
    dossierId,
    amount: 50_000,
    items: [{ name: "Lệ phí", amount: 50_000 }],
    status: "paid",
    provider,
    transactionRef: ref,
    receiptNumber: `BL-${ref}`,
    paidAt: vn(paidAt),
  });
}

async function rate(dossierId: string, unitId: number, overall: number, at: string) {
  await db
    .insert(dossierRatings)
    .values({ dossierId, userId: citizen, unitId, scores: [2, 2, 2, 2, 2, 2, 2, 2, 2], easeOfUse: 2, overall, createdAt: vn(at) });
}

const component = (score: IndexScore, key: string): ComponentScore => score.groups.flatMap((g) => g.components).find((c) => c.key === key)!;

describe("the service index on hand-built dossiers (docs/service-index.md)", () => {
  it("computes each component of an agency and of a district with its communes, and ranks them", async () => {
    // Agency: 4 received (2 online), 2 resolved in time, 1 late, 1 open.
    const d1 = await put({
      service: s1,
      unit: agencyId,
      status: 10,
      channel: 2,
      received: "2019-03-04T08:00:00",
      due: "2019-03-15T17:00:00",
      completed: "2019-03-06T09:00:00",
    });
    const d2 = await put({
      service: s1,
      unit: agencyId,
      status: 10,
      channel: 1,
      received: "2019-03-05T08:00:00",
      due: "2019-03-12T17:00:00",
      completed: "2019-03-12T10:00:00",
      handover: true,
    });
    const d3 = await put({
      service: s1,
      unit: agencyId,
      status: 10,
      channel: 2,
      received: "2019-03-06T08:00:00",
      due: "2019-03-08T17:00:00",
      completed: "2019-03-11T09:00:00",
    });
    await put({ service: s1, unit: agencyId, status: 4, channel: 1, received: "2019-03-20T08:00:00", due: "2019-04-20T17:00:00" });
    await pay(d1, "test-gateway", "2019-03-05T10:00:00");
    await pay(d2, "lich-su-tai-quay", "2019-03-06T10:00:00");
    // Paid before the period, but the dossier was resolved in it: one of the period's fee-bearing dossiers.
    await pay(d3, "test-gateway", "2019-02-28T10:00:00");
    await rate(d1, agencyId, 2, "2019-03-07T10:00:00");
    await rate(d3, agencyId, 0, "2019-03-12T10:00:00");
    // District: one online dossier at the district, processed on time (not yet returned); one refused at a commune.
    await put({
      service: s2,
      unit: districtId,
      status: 9,
      channel: 2,
      received: "2019-03-04T08:00:00",
      due: "2019-03-20T17:00:00",
      completed: "2019-03-20T09:00:00",
    });
    await put({
      service: s3,
      unit: communeId,
      status: 3,
      channel: 1,
      received: "2019-03-05T08:00:00",
      due: "2019-03-05T17:00:00",
      completed: "2019-03-05T09:00:00",
    });

    const ranking = await getServiceIndex(db, monthPeriod(2019, 3));
    const agency = ranking.agencies.find((r) => r.subject.id === agencyId)!;
    const a = agency.score;
    expect(component(a, "onTimeResolution")).toMatchObject({ points: 10, share: { part: 2, whole: 4 } }); // 20 × 2/4
    expect(component(a, "filedOnline")).toMatchObject({ points: 6, share: { part: 2, whole: 4 } }); // min(6, 6 × 0,5 / 0,5)
    expect(component(a, "paidOnline")).toMatchObject({ points: 4, share: { part: 2, whole: 3 } }); // 6 × 2/3
    expect(component(a, "dossierSatisfaction").points).toBeCloseTo(10 / 3, 10); // 6 × 0,5 / 0,9
    expect(component(a, "electronicResults")).toMatchObject({ points: 4, share: { part: 2, whole: 3 } }); // 6 × 2/3
    // The catalog figures, counted here from the agency's procedures.
    const onlineServices = agencyServices.filter(online);
    const feeServices = agencyServices.filter(feeBearing);
    expect(component(a, "offeredOnline").share).toEqual({ part: onlineServices.length, whole: agencyServices.length });
    expect(component(a, "usedOnline")).toMatchObject({ points: 4 / onlineServices.length, share: { part: 1, whole: onlineServices.length } });
    expect(component(a, "feeServicesPayableOnline").share).toEqual({ part: feeServices.filter(online).length, whole: feeServices.length });
    expect(component(a, "feeServicesPaidOnline").share).toEqual({ part: 1, whole: feeServices.length });
    expect(component(a, "fullContent").share).toEqual({ part: agencyServices.length, whole: agencyServices.length });
    // The register has no complaint forwarded to it this month.
    expect(component(a, "complaintsOnTime")).toMatchObject({ points: null, unmeasured: "no-data" });
    expect(component(a, "nationalSync")).toMatchObject({ points: null, unmeasured: "no-source" });
    expect(a.measuredMax).toBe(2 + 20 + 12 + 10 + 6 + 6);

    const district = ranking.districts.find((r) => r.subject.id === districtId)!.score;
    expect(component(district, "onTimeResolution")).toMatchObject({ points: 10, share: { part: 1, whole: 2 } });
    expect(component(district, "filedOnline")).toMatchObject({ points: 6, share: { part: 1, whole: 2 } });
    expect(component(district, "usedOnline").share!.part).toBe(online(s2) ? 1 : 0);
    // Processed but not yet returned: no returned result to count; no rating, no payment.
    expect(component(district, "electronicResults")).toMatchObject({ points: null, unmeasured: "no-data" });
    expect(component(district, "dossierSatisfaction")).toMatchObject({ points: null, unmeasured: "no-data" });
    expect(component(district, "paidOnline")).toMatchObject({ points: null, unmeasured: "no-data" });
    // A district with no dossier this month: progress not measured, catalog components still are.
    const quiet = ranking.districts.find((r) => r.subject.id !== districtId)!.score;
    expect(component(quiet, "onTimeResolution").unmeasured).toBe("no-data");
    expect(component(quiet, "offeredOnline").points).not.toBeNull();

    expect(ranking.districts).toHaveLength(18);
    for (const list of [ranking.agencies, ranking.districts]) {
      const scaled = list.map((r) => r.score.scaled ?? -1);
      expect(scaled).toEqual([...scaled].sort((x, y) => y - x));
      expect(list[0]!.rank).toBe(1);
    }
  });

  it("takes complaints from a pluggable source: figures for a subject it knows, no-data for one it does not", async () => {
    const source: ComplaintSource = async (_db, _period, ids) => {
      expect(ids).toContain(agencyId);
      return new Map([[agencyId, { handled: 10, handledOnTime: 9, rated: null, satisfied: null }]]);
    };
    const ranking = await getServiceIndex(db, monthPeriod(2019, 3), source);
    const a = ranking.agencies.find((r) => r.subject.id === agencyId)!.score;
    expect(component(a, "complaintsOnTime").points).toBeCloseTo(5.4, 10);
    expect(component(a, "complaintSatisfaction")).toMatchObject({ points: null, unmeasured: "no-source" });
    const other = ranking.agencies.find((r) => r.subject.id !== agencyId)!.score;
    expect(component(other, "complaintsOnTime")).toMatchObject({ points: null, unmeasured: "no-data" });
  });
});

describe("complaints from the feedback register (the default source)", () => {
  let counter = 0;
  async function forwarded(unit: number, answered: string | null, due: string, rating: "satisfied" | "not-satisfied" | null) {
    counter += 1;
    await db.insert(feedbackItems).values({
      code: `PAKN-190301-${String(9000 + counter).padStart(4, "0")}`,
      kind: "phan-anh",
      channel: "phone",
      subject: "Hồ sơ chậm",
      content: "Nội dung",
      senderName: "Người gửi",
      status: answered ? "answered" : "forwarded",
      assignedUnitId: unit,
      forwardedAt: vn("2019-03-01T09:00:00"),
      dueAt: vn(due),
      agencyAnswerText: answered ? "Trả lời" : null,
      agencyAnsweredAt: answered ? vn(answered) : null,
      answerText: answered ? "Trả lời" : null,
      answeredAt: answered ? vn(answered) : null,
      rating,
      ratedAt: rating ? vn("2019-03-25T09:00:00") : null,
      submittedAt: vn("2019-03-01T08:00:00"),
    });
  }

  it("counts, per agency or district (its communes included), the forwarded items answered in the period, on time, rated and satisfied", async () => {
    await forwarded(agencyId, "2019-03-05T09:00:00", "2019-03-08T17:00:00", "satisfied"); // on time
    await forwarded(agencyId, "2019-03-12T09:00:00", "2019-03-08T17:00:00", "not-satisfied"); // late
    await forwarded(agencyId, "2019-03-07T09:00:00", "2019-03-08T17:00:00", null); // on time, not rated
    await forwarded(agencyId, null, "2019-03-29T17:00:00", null); // not answered yet: not counted
    await forwarded(agencyId, "2019-04-02T09:00:00", "2019-04-05T17:00:00", null); // answered in April
    await forwarded(communeId, "2019-03-06T09:00:00", "2019-03-08T17:00:00", "satisfied"); // counts for its district
    const figures = await registerComplaintFigures(db, monthPeriod(2019, 3), [agencyId, districtId]);
    expect(figures?.get(agencyId)).toEqual({ handled: 3, handledOnTime: 2, rated: 2, satisfied: 1 });
    expect(figures?.get(districtId)).toEqual({ handled: 1, handledOnTime: 1, rated: 1, satisfied: 1 });
    expect(figures?.has(communeId)).toBe(false);

    const ranking = await getServiceIndex(db, monthPeriod(2019, 3));
    const a = ranking.agencies.find((r) => r.subject.id === agencyId)!.score;
    expect(component(a, "complaintsOnTime")).toMatchObject({ points: 4, share: { part: 2, whole: 3 } }); // 6 × 2/3
    expect(component(a, "complaintSatisfaction")).toMatchObject({ points: 3, share: { part: 1, whole: 2 } }); // 6 × 1/2
  });
});

describe("a service's published record (last twelve months)", () => {
  it("publishes resolved, on-time and online shares, the median working days and satisfaction from ten dossiers up", async () => {
    const service = (
      await db
        .select()
        .from(services)
        .where(and(eq(services.active, true), inArray(services.level, ["huyen"])))
    )[1]!;
    expect(service.id).not.toBe(s2.id);
    const record0 = await getServiceRecord(db, service.code, "2019-03-31");
    expect(record0).toMatchObject({ resolved: 0, published: false, medianWorkingDays: null });

    // Received Monday 4/3/2019 08:00; resolved after n working days (no holidays in the table for 2019).
    const finish = [
      "2019-03-05",
      "2019-03-05",
      "2019-03-06",
      "2019-03-06",
      "2019-03-06",
      "2019-03-07",
      "2019-03-07",
      "2019-03-08",
      "2019-03-08",
      "2019-03-11",
    ];
    //               1             1             2             2             2             3             3             4             4             5 working days
    const ids: string[] = [];
    for (const [i, day] of finish.entries()) {
      ids.push(
        await put({
          service,
          unit: districtId,
          status: 10,
          channel: i < 6 ? 2 : 1,
          received: "2019-03-04T08:00:00",
          due: "2019-03-08T17:00:00",
          completed: `${day}T08:00:00`,
        }),
      );
    }
    const nine = await getServiceRecord(db, service.code, "2019-03-31");
    // Ten resolved, the last one late (11/3 after the due 8/3).
    expect(nine).toMatchObject({ resolved: 10, published: true });
    // One more: Mon 4/3 → Mon 18/3 = 10 working days, less 16 paused hours = 8 days; and one outside the twelve months.
    ids.push(
      await put({
        service,
        unit: districtId,
        status: 9,
        channel: 1,
        received: "2019-03-04T08:00:00",
        due: "2019-03-29T17:00:00",
        completed: "2019-03-18T08:00:00",
        paused: 16,
      }),
    );
    await put({
      service,
      unit: districtId,
      status: 10,
      channel: 1,
      received: "2018-03-01T08:00:00",
      due: "2018-03-20T17:00:00",
      completed: "2018-03-05T08:00:00",
    });
    await rate(ids[0]!, districtId, 2, "2019-03-10T10:00:00");
    await rate(ids[1]!, districtId, 1, "2019-03-10T10:00:00");
    await rate(ids[7]!, districtId, 0, "2019-03-10T10:00:00");

    const record = await getServiceRecord(db, service.code, "2019-03-31");
    const limitDays = service.timeLimitUnit === "gio-lam-viec" ? service.timeLimitValue / 8 : service.timeLimitValue;
    expect(record).toEqual({
      period: { from: "2018-04-01", to: "2019-03-31", end: "2019-04-01" },
      resolved: 11,
      published: true,
      onTimeRate: 10 / 11,
      onlineRate: 6 / 11,
      // Sorted days: 1 1 2 2 2 3 3 4 4 5 8 → the sixth is 3.
      medianWorkingDays: 3,
      legalLimitWorkingDays: limitDays,
      rated: 3,
      satisfiedRate: 2 / 3,
    });
  });
});
