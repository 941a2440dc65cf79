import type { Metadata } from "next";
import { PlainLink } from "@/components/catalog/plain-link";
import { ReportPeriodForm } from "@/components/officer/report-period-form";
import { ReportTable } from "@/components/officer/report-table";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { vietnamIsoDate } from "@/lib/calendar/format";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { getLocale, getTranslations } from "next-intl/server";
import { withDatabase } from "@/lib/database/with-database";
import { loadOfficerReport } from "@/lib/statistics/load-officer-report";
import { parseReportQuery, reportHref } from "@/lib/statistics/officer-report-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("officerReport"))("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

const PATH = "/quan-tri/bao-cao";

/** The officers' periodic report (docs/statistics.md#the-officers-report): own unit, or the province by role. */
export default async function OfficerReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const officer = await requireOfficerPermission("view-report", PATH);
  const params = await searchParams;
  const locale = await getLocale();
  const m = await getTranslations("officerReport");
  const today = vietnamIsoDate(workflowNow());
  const currentYear = Number(today.slice(0, 4));
  const parsed = parseReportQuery(params, today, locale);
  const raw = Object.fromEntries(
    Object.entries(params).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : Array.isArray(v) && v[0] ? [[k, v[0]]] : [])),
  );
  const chosenYear = parsed.ok ? parsed.query.periodParams.nam : currentYear;
  const years = Array.from(new Set([...Array.from({ length: currentYear - 2023 + 1 }, (_, i) => 2023 + i), chosenYear])).sort();
  const formValues = parsed.ok ? Object.fromEntries(Object.entries(parsed.query.periodParams).map(([k, v]) => [k, String(v)])) : raw;
  const keep = Object.fromEntries(Object.entries(raw).filter(([k]) => k === "cap" || k === "don-vi"));

  const result = parsed.ok ? await withDatabase(loadOfficerReport, parsed.query, { unitId: officer.unitId, roles: officer.roles }) : null;

  return (
    <div className="grid min-w-0 gap-4">
      <h1 className="text-2xl font-bold text-brand-900">{m("title")}</h1>
      <p className="max-w-3xl text-slate-700">{m("intro")}</p>
      <ReportPeriodForm values={formValues} years={years} keep={keep} />

      {!parsed.ok ? (
        <div role="alert" className="rounded-lg bg-red-50 p-4 text-red-900 ring-1 ring-red-200">
          <p className="font-semibold">{m("invalidQuery")}</p>
          <ul className="mt-1 list-disc pl-5">
            {parsed.errors.map((e) => (
              <li key={`${e.field}-${e.message}`}>{m("fieldError", { field: e.field, message: e.message })}</li>
            ))}
          </ul>
        </div>
      ) : result && !result.ok ? (
        <p role="alert" className="rounded-lg bg-red-50 p-4 font-semibold text-red-900 ring-1 ring-red-200">
          {result.reason === "forbidden" ? m("forbidden") : m("unknownUnit")}
        </p>
      ) : result ? (
        <section aria-labelledby="bao-cao-pham-vi" className="grid min-w-0 gap-3">
          {result.view.trail.length > 1 ? (
            <nav aria-label={m("breadcrumbLabel")}>
              <ol className="flex flex-wrap gap-x-2 text-sm">
                {result.view.trail.map((crumb, i, all) => (
                  <li key={crumb.label} className="flex gap-2">
                    {i < all.length - 1 ? (
                      <>
                        <PlainLink href={reportHref(PATH, parsed.query.periodParams, crumb.target)} className="text-brand-800 underline">
                          {crumb.label}
                        </PlainLink>
                        <span aria-hidden="true">›</span>
                      </>
                    ) : (
                      <span aria-current="page">{crumb.label}</span>
                    )}
                  </li>
                ))}
              </ol>
            </nav>
          ) : null}
          <h2 id="bao-cao-pham-vi" className="text-xl font-bold">
            {m("scopeHeading", { scope: result.view.scopeLabel, period: parsed.query.periodLabel })}
          </h2>
          {result.view.total.toHandle === 0 && result.view.total.refused + result.view.total.withdrawn + result.view.total.stopped === 0 ? (
            <p>{m("noData")}</p>
          ) : null}
          {result.view.level !== "unit" ? <p className="text-sm text-slate-700">{m(`drillHint.${result.view.level}`)}</p> : null}
          <ReportTable
            caption={m("tableCaption", { scope: result.view.scopeLabel, period: parsed.query.periodLabel })}
            rowHeading={m(`rowHeading.${result.view.level}`)}
            lines={result.view.rows.map((r) => ({
              key: r.key,
              label: r.label,
              figures: r.figures,
              href: r.drill ? reportHref(PATH, parsed.query.periodParams, r.drill) : undefined,
            }))}
            total={result.view.total}
          />
          <nav aria-label={m("exportsLabel")} className="no-print">
            <ul className="flex flex-wrap gap-2">
              {(["csv", "xlsx"] as const).map((format) => (
                <li key={format}>
                  <PlainLink
                    href={reportHref(`${PATH}/xuat-${format}`, parsed.query.periodParams, result.view.trail.at(-1)!.target)}
                    className="block rounded bg-white px-3 py-1.5 font-semibold text-brand-800 ring-1 ring-brand-100"
                  >
                    {format === "csv" ? m("exportCsv") : m("exportXlsx")}
                  </PlainLink>
                </li>
              ))}
            </ul>
            <p className="mt-1 text-sm text-slate-700">{m("ratesNote")}</p>
          </nav>
        </section>
      ) : null}
    </div>
  );
}
