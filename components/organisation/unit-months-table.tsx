import type { ReportGroup } from "@/lib/statistics/compute-report";
import { useLocale, useTranslations } from "next-intl";
import { statisticsNumbers } from "@/lib/statistics/format";
import { MIN_RESOLVED_TO_PUBLISH } from "@/lib/organisation/published-period";

/** A unit's month-by-month figures in four narrow columns (fits a 320 px screen without scrolling). */
export function UnitMonthsTable({ months }: { months: ReportGroup[] }) {
  const m = useTranslations("organisation");
  const { count: formatCount, rate: formatRate } = statisticsNumbers(useLocale());
  if (months.every((g) => g.figures.received === 0 && g.figures.resolved === 0)) return <p>{m("detail.noData")}</p>;
  const cell = "py-1.5 pr-2 text-right tabular-nums";
  return (
    <table className="w-full max-w-2xl border-collapse text-sm">
      <caption className="mb-2 text-left font-semibold">{m("detail.months")}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-1.5 pr-2 text-left">
            {m("detail.month")}
          </th>
          <th scope="col" className={cell}>
            {m("detail.received")}
          </th>
          <th scope="col" className={cell}>
            {m("detail.resolved")}
          </th>
          <th scope="col" className={cell}>
            {m("detail.onTimeRate")}
          </th>
        </tr>
      </thead>
      <tbody>
        {months.map((g) => (
          <tr key={g.key} className="border-b border-slate-200">
            <th scope="row" className="py-1.5 pr-2 text-left font-normal">
              {g.label}
            </th>
            <td className={cell}>{formatCount(g.figures.received)}</td>
            <td className={cell}>{formatCount(g.figures.resolved)}</td>
            <td className={cell}>{g.figures.resolved >= MIN_RESOLVED_TO_PUBLISH ? formatRate(g.figures.onTimeRate) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
