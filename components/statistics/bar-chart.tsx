import { ChartGrid, ChartLegend, type ChartSeries } from "./chart-parts";

/**
 * Grouped bars drawn on the server as SVG (no client chart library). The chart is decoration for sighted
 * readers: `summary` says it in words and the page's table holds the figures.
 */
export function BarChart({
  title,
  summary,
  groups,
  series,
}: {
  title: string;
  summary: string;
  groups: { label: string; values: number[] }[];
  series: ChartSeries[];
}) {
  const width = 640;
  const height = 260;
  const top = 20;
  const bottom = 40;
  const left = 70;
  const max = Math.max(1, ...groups.flatMap((g) => g.values));
  const slot = (width - left) / Math.max(1, groups.length);
  const bar = Math.min(48, (slot * 0.7) / series.length);
  const y = (v: number) => top + (height - top - bottom) * (1 - v / max);
  return (
    <figure className="grid gap-2">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${summary}`} className="h-auto w-full max-w-3xl">
        <title>{title}</title>
        <ChartGrid max={max} left={left} right={width} y={y} />
        {groups.map((g, gi) => (
          <g key={g.label}>
            {g.values.map((v, si) => (
              <rect
                key={series[si]!.name}
                x={left + gi * slot + (slot - bar * series.length) / 2 + si * bar}
                y={y(v)}
                width={bar - 2}
                height={height - bottom - y(v)}
                className={series[si]!.className}
              />
            ))}
            <text x={left + gi * slot + slot / 2} y={height - bottom + 18} textAnchor="middle" className="fill-slate-900 text-[12px]">
              {g.label}
            </text>
          </g>
        ))}
      </svg>
      <ChartLegend series={series} />
    </figure>
  );
}
