import type { ReportGroup } from "@/lib/statistics/compute-report";
import { formatCount, formatRate, statisticsMessages as m } from "@/lib/messages/statistics";

/** The figures behind a chart, as a table every reader can use (and the printed page keeps). */
export function FiguresTable({ caption, groupHeading, groups }: { caption: string; groupHeading: string; groups: ReportGroup[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">
              {groupHeading}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {m.received}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {m.resolved}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {m.resolvedOnline}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {m.onTimeRate}
            </th>
            <th scope="col" className="py-2 text-right">
              {m.onlineRate}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key} className="border-b border-slate-200">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                {g.label}
              </th>
              <td className="py-1.5 pr-3 text-right tabular-nums">{formatCount(g.figures.received)}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{formatCount(g.figures.resolved)}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{formatCount(g.figures.resolvedOnline)}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{formatRate(g.figures.onTimeRate)}</td>
              <td className="py-1.5 text-right tabular-nums">{formatRate(g.figures.onlineRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
