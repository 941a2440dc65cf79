import { eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { fields, services, units } from "@/db/schema";
import { computeReport, type Report } from "./compute-report";
import { rangePeriod } from "./period";
import { statisticsQuerySchema, type ReportScope } from "./report-scope";

export type StatisticsAnswer = { ok: true; report: Report } | { ok: false; errors: Record<string, string> };

/**
 * GET /api/v1/statistics: the query parsed (zod), codes turned into ids (an unknown code is a bad
 * parameter, named), then the report.
 */
export async function answerStatisticsQuery(db: DatabaseOrTransaction, params: URLSearchParams): Promise<StatisticsAnswer> {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in raw) return { ok: false, errors: { [key]: "Tham số chỉ được có một giá trị." } };
    raw[key] = value;
  }
  const parsed = statisticsQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const name = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : String(issue.path[0] ?? "query");
      errors[name] ??= issue.code === "unrecognized_keys" ? "Tham số không được hỗ trợ." : issue.message;
    }
    return { ok: false, errors };
  }
  const q = parsed.data;
  const scope: ReportScope = { tier: q.tier, channel: q.channel as ReportScope["channel"] };
  const errors: Record<string, string> = {};
  const unitIdOf = async (code: string) => (await db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]?.id;
  if (q.agency) {
    scope.agencyId = await unitIdOf(q.agency);
    if (scope.agencyId === undefined) errors.agency = "Không có cơ quan với mã này.";
  }
  if (q.unit) {
    scope.unitId = await unitIdOf(q.unit);
    if (scope.unitId === undefined) errors.unit = "Không có đơn vị với mã này.";
  }
  if (q.service) {
    scope.serviceId = (await db.select({ id: services.id }).from(services).where(eq(services.code, q.service)))[0]?.id;
    if (scope.serviceId === undefined) errors.service = "Không có thủ tục với mã này.";
  }
  if (q.field) {
    scope.fieldId = (await db.select({ id: fields.id }).from(fields).where(eq(fields.code, q.field)))[0]?.id;
    if (scope.fieldId === undefined) errors.field = "Không có lĩnh vực với mã này.";
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, report: await computeReport(db, rangePeriod(q.from, q.to), scope, q.groupBy) };
}
