import type { ReportGroup } from "@/lib/statistics/compute-report";
import type { ReportFigures } from "@/lib/statistics/figures";
import { formatCount, formatRate, statisticsMessages as m } from "@/lib/messages/statistics";

const COLUMNS: { heading: string; value: (f: ReportFigures) => string }[] = [
  { heading: m.received, value: (f) => formatCount(f.received) },
  { heading: m.resolved, value: (f) => formatCount(f.resolved) },
  { heading: m.resolvedOnline, value: (f) => formatCount(f.resolvedOnline) },
  { heading: m.onTimeRate, value: (f) => formatRate(f.onTimeRate) },
  { heading: m.onlineRate, value: (f) => formatRate(f.onlineRate) },
];

/**
 * The figures behind a chart, as a table every reader can use (and the printed page keeps). On a phone the
 * table is wider than the screen and scrolls inside its box: the box is a named, focusable region so a
 * keyboard can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function FiguresTable({ caption, groupHeading, groups }: { caption: string; groupHeading: string; groups: ReportGroup[] }) {
  return (
    <div tabIndex={0} role="region" aria-label={caption} className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700">
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">
              {groupHeading}
            </th>
            {COLUMNS.map((c) => (
              <th key={c.heading} scope="col" className="py-2 pr-3 text-right">
                {c.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key} className="border-b border-slate-200">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                {g.label}
              </th>
              {COLUMNS.map((c) => (
                <td key={c.heading} className="py-1.5 pr-3 text-right tabular-nums">
                  {c.value(g.figures)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
