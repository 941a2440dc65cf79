import { useLocale } from "next-intl";
import { statisticsNumbers } from "@/lib/statistics/format";

export interface ChartSeries {
  name: string;
  className: string;
}

/** Horizontal grid lines at 0, half and the maximum, with their values. */
export function ChartGrid({ max, left, right, y }: { max: number; left: number; right: number; y: (v: number) => number }) {
  const { count } = statisticsNumbers(useLocale());
  return [0, 0.5, 1].map((f) => (
    <g key={f}>
      <line x1={left} x2={right} y1={y(max * f)} y2={y(max * f)} className="stroke-slate-300" />
      <text x={left - 6} y={y(max * f) + 4} textAnchor="end" className="fill-slate-700 text-[11px]">
        {count(Math.round(max * f))}
      </text>
    </g>
  ));
}

/** The colour key; hidden from screen readers, which get the chart's summary and the table. */
export function ChartLegend({ series }: { series: ChartSeries[] }) {
  return (
    <figcaption className="flex flex-wrap gap-4 text-sm" aria-hidden="true">
      {series.map((s) => (
        <span key={s.name} className="inline-flex items-center gap-1">
          <svg width="12" height="12" aria-hidden="true">
            <rect width="12" height="12" className={s.className} />
          </svg>
          {s.name}
        </span>
      ))}
    </figcaption>
  );
}
