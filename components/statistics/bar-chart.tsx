import { formatCount } from "@/lib/messages/statistics";

export interface BarSeries {
  name: string;
  className: string;
}

/**
 * Grouped bars drawn on the server as SVG (no client chart library). The chart is decoration for sighted
 * readers: `summary` says it in words and the page's table holds the figures.
 */
export function BarChart({ title, summary, groups, series }: { title: string; summary: string; groups: { label: string; values: number[] }[]; series: BarSeries[] }) {
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
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={left} x2={width} y1={y(max * f)} y2={y(max * f)} className="stroke-slate-300" />
            <text x={left - 6} y={y(max * f) + 4} textAnchor="end" className="fill-slate-700 text-[11px]">
              {formatCount(Math.round(max * f))}
            </text>
          </g>
        ))}
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
    </figure>
  );
}
