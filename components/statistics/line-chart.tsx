import { ChartGrid, ChartLegend, type ChartSeries } from "./chart-parts";

/** Lines over months, drawn on the server as SVG; `summary` says it in words, the page's table holds the figures. */
export function LineChart({
  title,
  summary,
  labels,
  series,
  values,
}: {
  title: string;
  summary: string;
  labels: string[];
  series: ChartSeries[];
  values: number[][];
}) {
  const width = 640;
  const height = 240;
  const top = 20;
  const bottom = 36;
  const left = 70;
  const right = 16;
  const max = Math.max(1, ...values.flat());
  const x = (i: number) => left + ((width - left - right) * i) / Math.max(1, labels.length - 1);
  const y = (v: number) => top + (height - top - bottom) * (1 - v / max);
  return (
    <figure className="grid gap-2">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${summary}`} className="h-auto w-full max-w-3xl">
        <title>{title}</title>
        <ChartGrid max={max} left={left} right={width - right} y={y} />
        {values.map((line, si) => (
          <polyline
            key={series[si]!.name}
            points={line.map((v, i) => `${x(i)},${y(v)}`).join(" ")}
            fill="none"
            strokeWidth={2.5}
            className={series[si]!.className.replace(/fill-/g, "stroke-")}
          />
        ))}
        {labels.map((label, i) => (
          <text key={label} x={x(i)} y={height - bottom + 18} textAnchor="middle" className="fill-slate-900 text-[11px]">
            {label}
          </text>
        ))}
      </svg>
      <ChartLegend series={series} />
    </figure>
  );
}
