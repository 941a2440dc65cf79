import { DataTable } from "@/components/ui/data-table";
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

/** The figures behind a chart, as a table every reader can use (and the printed page keeps). */
export function FiguresTable({ id, caption, groupHeading, groups }: { id: string; caption: string; groupHeading: string; groups: ReportGroup[] }) {
  return (
    <DataTable
      id={id}
      caption={caption}
      columns={[{ header: groupHeading }, ...COLUMNS.map((c) => ({ header: c.heading, className: "text-right" }))]}
    >
      {groups.map((g) => (
        <tr key={g.key}>
          <th scope="row" className="font-normal">
            {g.label}
          </th>
          {COLUMNS.map((c) => (
            <td key={c.heading} className="text-right tabular-nums">
              {c.value(g.figures)}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
