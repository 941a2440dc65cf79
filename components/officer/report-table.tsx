import { PlainLink } from "@/components/catalog/plain-link";
import { useLocale, useTranslations } from "next-intl";
import { statisticsNumbers } from "@/lib/statistics/format";
import type { ReportFigures } from "@/lib/statistics/figures";
import { columnLabel, headingGroups, REPORT_COLUMNS } from "@/lib/statistics/report-table";

export interface ReportTableLine {
  key: string;
  label: string;
  href?: string;
  figures: ReportFigures;
}

/**
 * The standard report table: two header rows (groups over their columns), one row per tier, unit or
 * service (a link one level down where there is one), the total last. It scrolls inside its own
 * focusable region, so the page never scrolls sideways.
 */
export function ReportTable({
  caption,
  rowHeading,
  lines,
  total,
}: {
  caption: string;
  rowHeading: string;
  lines: ReportTableLine[];
  total: ReportFigures;
}) {
  const m = useTranslations("officerReport");
  const locale = useLocale();
  const { count: formatCount, rate: formatRate } = statisticsNumbers(locale);
  const cell = (f: ReportFigures, i: number) => {
    const c = REPORT_COLUMNS[i]!;
    const v = f[c.key];
    return c.kind === "rate" ? formatRate(v) : formatCount(v ?? 0);
  };
  const groups = headingGroups(locale);
  // The row's name stays in view while the figures scroll sideways.
  const sticky = "sticky left-0 z-10 min-w-[9rem] bg-white sm:min-w-[14rem]";
  return (
    <div
      role="region"
      aria-label={m("tableRegion")}
      tabIndex={0}
      className="max-w-full overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200 focus:outline-2 focus:outline-brand-700"
    >
      <table className="min-w-[72rem] border-collapse text-sm" data-report-table>
        <caption className="p-3 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" rowSpan={2} className={`${sticky} px-2 py-2 text-left align-bottom`}>
              {rowHeading}
            </th>
            {groups.map((g) =>
              g.column ? (
                <th key={g.label} scope="col" rowSpan={2} className="px-2 py-2 text-right align-bottom">
                  {g.label}
                </th>
              ) : (
                <th key={g.label} scope="colgroup" colSpan={g.span} className="border-x border-slate-200 px-2 py-1 text-center">
                  {g.label}
                </th>
              ),
            )}
          </tr>
          <tr className="border-b border-slate-300">
            {REPORT_COLUMNS.filter((c) => c.group).map((c) => (
              <th key={c.key} scope="col" className="px-2 py-1 text-right font-semibold">
                {columnLabel(c, locale)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.key} className="border-b border-slate-200">
              <th scope="row" className={`${sticky} px-2 py-1.5 text-left font-normal`}>
                {line.href ? (
                  <PlainLink href={line.href} className="font-semibold text-brand-800 underline">
                    {line.label}
                  </PlainLink>
                ) : (
                  line.label
                )}
              </th>
              {REPORT_COLUMNS.map((c, i) => (
                <td key={c.key} className="px-2 py-1.5 text-right tabular-nums">
                  {cell(line.figures, i)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-400 font-bold">
            <th scope="row" className={`${sticky} px-2 py-2 text-left`}>
              {m("total")}
            </th>
            {REPORT_COLUMNS.map((c, i) => (
              <td key={c.key} className="px-2 py-2 text-right tabular-nums">
                {cell(total, i)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
