import { DataTable } from "@/components/ui/data-table";
import type { ReportGroup } from "@/lib/statistics/compute-report";
import type { ReportFigures } from "@/lib/statistics/figures";
import { useLocale, useTranslations } from "next-intl";
import { statisticsNumbers } from "@/lib/statistics/format";

/** The figures behind a chart, as a table every reader can use (and the printed page keeps). */
export function FiguresTable({ id, caption, groupHeading, groups }: { id: string; caption: string; groupHeading: string; groups: ReportGroup[] }) {
  const m = useTranslations("statistics");
  const { count, rate } = statisticsNumbers(useLocale());
  const COLUMNS: { heading: string; value: (f: ReportFigures) => string }[] = [
    { heading: m("received"), value: (f) => count(f.received) },
    { heading: m("resolved"), value: (f) => count(f.resolved) },
    { heading: m("resolvedOnline"), value: (f) => count(f.resolvedOnline) },
    { heading: m("onTimeRate"), value: (f) => rate(f.onTimeRate) },
    { heading: m("onlineRate"), value: (f) => rate(f.onlineRate) },
  ];
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
