import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossiers } from "@/db/schema";
import { computeReport } from "@/lib/statistics/compute-report";
import { loadOfficerReport, type OfficerReportView } from "@/lib/statistics/load-officer-report";
import { parseReportQuery } from "@/lib/statistics/officer-report-query";
import { REPORT_COLUMNS, reportFileRows } from "@/lib/statistics/report-table";
import { reportToXlsx } from "@/lib/statistics/report-xlsx";
import type { DossierChannel, DossierStatus } from "@/lib/workflow/statuses";
import { createDossier, createUser, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;
let anMy: number;
let construction: number;
let citizenId: string;

const toArrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const vn = (iso: string) => new Date(`${iso}+07:00`);

setupTestDatabase(async (handle) => {
  db = handle.db;
  anMy = await unitId(db, "000.01.22.H47");
  construction = await unitId(db, "000.00.09.H47");
  citizenId = (await createUser(db, { kind: "citizen" })).id;
  // 2031, a year no other data touches: the report's figures are these dossiers alone.
  const put = async (
    unit: number,
    serviceCode: string,
    submitted: string,
    status: DossierStatus,
    completed?: string,
    channel: DossierChannel = 2,
  ) => {
    const d = await createDossier(db, { serviceCode, unitId: unit, userId: citizenId, submittedAt: vn(submitted) });
    await db
      .update(dossiers)
      .set({ status, channel, receivedAt: status === 1 ? null : vn(submitted), completedAt: completed ? vn(completed) : null })
      .where(eq(dossiers.id, d.id));
  };
  await put(anMy, "1.000308", "2030-12-20T09:00:00", 4); // carried over into 2031 (due 30/12/2030: overdue)
  await put(anMy, "1.000308", "2031-03-02T09:00:00", 10, "2031-03-05T09:00:00"); // early
  await put(anMy, "1.000308", "2031-03-02T09:00:00", 10, "2031-03-20T09:00:00", 1); // late, in person
  await put(anMy, "1.001193", "2031-04-02T09:00:00", 3, "2031-04-03T09:00:00", 3); // refused, postal
  await put(anMy, "1.001193", "2031-12-28T09:00:00", 4); // in progress at the end, in time
  await put(construction, "1.000308", "2031-05-04T09:00:00", 10, "2031-05-06T09:00:00");
  await put(construction, "1.000308", "2031-06-04T09:00:00", 7, "2031-06-05T09:00:00"); // withdrawn
});

const PROVINCE = { roles: ["quan-tri-he-thong"] };
const query = (params: Record<string, string>) => {
  const parsed = parseReportQuery({ nam: "2031", ...params }, "2032-01-15", "vi");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.query;
};
async function view(params: Record<string, string>, reader: { unitId: number; roles: string[] }): Promise<OfficerReportView> {
  const result = await loadOfficerReport(db, query(params), reader);
  if (!result.ok) throw new Error(result.reason);
  return result.view;
}

describe("the officers' periodic report (/quan-tri/bao-cao)", () => {
  it("drills province → tier → unit → service, each level's rows and total being computeReport's", async () => {
    const period = query({}).period;
    const province = await view({}, { unitId: construction, ...PROVINCE });
    expect(province.rows.map((r) => [r.key, r.drill])).toEqual([
      ["tinh", { cap: "tinh" }],
      ["huyen", { cap: "huyen" }],
      ["xa", { cap: "xa" }],
    ]);
    const byTier = await computeReport(db, period, {}, "tier");
    for (const row of province.rows)
      expect(row.figures).toEqual(byTier.groups.find((g) => g.key === row.key)?.figures ?? expect.objectContaining({ toHandle: 0 }));
    expect(province.total).toEqual(byTier.total);
    expect(province.total).toMatchObject({ carriedOver: 1, received: 6, resolved: 3, refused: 1, withdrawn: 1, inProgress: 2, inProgressOverdue: 1 });

    const anMyTier = (await db.query.units.findFirst({ where: (u, { eq: is }) => is(u.id, anMy) }))!.tier as "tinh" | "huyen" | "xa";
    const tier = await view({ cap: anMyTier }, { unitId: construction, ...PROVINCE });
    const byUnit = await computeReport(db, period, { tier: anMyTier }, "unit");
    expect(tier.rows.map((r) => [r.key, r.label, r.figures, r.drill])).toEqual(
      byUnit.groups.map((g) => [g.key, g.label, g.figures, { donVi: Number(g.key) }]),
    );
    expect(tier.rows.some((r) => r.key === String(anMy))).toBe(true);
    expect(tier.trail.map((c) => c.target)).toEqual([{}, { cap: anMyTier }]);

    const unit = await view({ "don-vi": String(anMy) }, { unitId: construction, ...PROVINCE });
    const byService = await computeReport(db, period, { unitId: anMy }, "service");
    expect(unit.level).toBe("unit");
    expect(unit.rows.map((r) => [r.label, r.figures])).toEqual(byService.groups.map((g) => [g.label, g.figures]));
    expect(unit.rows).toHaveLength(2);
    expect(unit.total).toMatchObject({
      carriedOver: 1,
      received: 4,
      resolved: 2,
      resolvedEarly: 1,
      resolvedLate: 1,
      refused: 1,
      receivedPostal: 1,
      receivedInPerson: 1,
      inProgress: 2,
    });
  });

  it("shows a unit's officer their own unit only, and refuses another unit or a tier", async () => {
    const leader = { unitId: anMy, roles: ["lanh-dao"] };
    const own = await view({}, leader);
    expect(own.level).toBe("unit");
    expect(own.total).toEqual((await computeReport(db, query({}).period, { unitId: anMy })).total);
    expect(own.trail).toEqual([{ label: expect.stringContaining("An Mỹ"), target: { donVi: anMy } }]);
    expect((await view({ "don-vi": String(anMy) }, leader)).total).toEqual(own.total);
    expect(await loadOfficerReport(db, query({ "don-vi": String(construction) }), leader)).toEqual({ ok: false, reason: "forbidden" });
    expect(await loadOfficerReport(db, query({ cap: "tinh" }), leader)).toEqual({ ok: false, reason: "forbidden" });
    const sxd = await view({}, { unitId: construction, roles: ["tiep-nhan"] });
    expect(sxd.total).toMatchObject({ received: 2, resolved: 1, withdrawn: 1, carriedOver: 0 });
    expect(await loadOfficerReport(db, query({ "don-vi": "2147483647" }), { unitId: construction, ...PROVINCE })).toEqual({
      ok: false,
      reason: "unknown-unit",
    });
  });

  it("labels the levels in the reader's language: English for an English page, the units' names as they are", async () => {
    const parsed = parseReportQuery({ nam: "2031" }, "2032-01-15", "en");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const province = await loadOfficerReport(db, parsed.query, { unitId: construction, ...PROVINCE });
    if (!province.ok) throw new Error(province.reason);
    expect([province.view.scopeLabel, ...province.view.rows.map((r) => r.label)]).toEqual([
      "Whole province",
      "Province tier",
      "District tier",
      "Commune tier",
    ]);
    const vi = await view({}, { unitId: construction, ...PROVINCE });
    expect([vi.scopeLabel, ...vi.rows.map((r) => r.label)]).toEqual(["Toàn tỉnh", "Cấp tỉnh", "Cấp huyện", "Cấp xã"]);
  });

  it("exports exactly the rows shown: CSV rows and the XLSX cells hold computeReport's numbers", async () => {
    const unit = await view({ ky: "quy", quy: "1", "don-vi": String(anMy) }, { unitId: construction, ...PROVINCE });
    const rows = reportFileRows("Thủ tục", unit.rows, unit.total, "vi");
    const total = (await computeReport(db, query({ ky: "quy", quy: "1" }).period, { unitId: anMy })).total;
    const last = rows.at(-1)!;
    REPORT_COLUMNS.forEach((c, i) => {
      const expected = c.kind === "count" ? total[c.key] : total[c.key] === null ? null : Math.round((total[c.key] as number) * 1000) / 10;
      expect(last[i + 1], c.key).toBe(expected);
    });
    expect(last.slice(1, 4)).toEqual([1, 2, 1]);

    const rateColumns = REPORT_COLUMNS.flatMap((c, i) => (c.kind === "rate" ? [i + 1] : []));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(toArrayBuffer(await reportToXlsx("Báo cáo — UBND phường An Mỹ — quý 1 năm 2031", rows, rateColumns)));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe("Báo cáo — UBND phường An Mỹ — quý 1 năm 2031");
    expect(sheet.getRow(2).values).toEqual([undefined, ...rows[0]!]);
    const totalRow = sheet.getRow(rows.length + 1);
    expect(totalRow.getCell(1).value).toBe("Tổng cộng");
    REPORT_COLUMNS.forEach((c, i) => expect(totalRow.getCell(i + 2).value ?? null, c.key).toBe(last[i + 1]));
    expect(typeof totalRow.getCell(3).value).toBe("number");
  });
});
