import { BarChart } from "@/components/statistics/bar-chart";
import { cardClass } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { FeedbackFigures as Figures } from "@/lib/feedback/feedback-statistics";
import { FEEDBACK_CHANNEL_LABELS, FEEDBACK_CHANNELS, FEEDBACK_KIND_LABELS, FEEDBACK_KINDS } from "@/lib/feedback/feedback-vocabulary";
import { feedbackMessages } from "@/lib/messages/feedback";
import { useLocale } from "next-intl";
import { statisticsNumbers } from "@/lib/statistics/format";

const m = feedbackMessages.figures;
const CHANNEL_SERIES = [{ name: m.count, className: "fill-sky-700" }];

/**
 * The feedback register's figures for the chosen period on /thong-ke (docs/feedback.md): the headline
 * (received, handled by the centre, rate, forwarded, answered on time by the agencies), then by channel
 * (a chart with its table right after it), by kind, by agency and by month. Server-rendered; every
 * chart says its figures in words and in a table.
 */
export function FeedbackFigures({ figures: f }: { figures: Figures }) {
  const { count: formatCount, rate: formatRate } = statisticsNumbers(useLocale());
  const share = (part: number, whole: number) => formatRate(whole === 0 ? null : part / whole);
  const headline: [string, string][] = [
    [m.received, formatCount(f.received)],
    [m.handled, formatCount(f.handled)],
    [m.handlingRate, share(f.handled, f.received)],
    [m.forwarded, formatCount(f.forwarded)],
    [m.onTime, m.onTimeValue(formatCount(f.forwardedAnsweredOnTime), formatCount(f.forwarded))],
    [m.pending, formatCount(f.pending)],
  ];
  const channels = FEEDBACK_CHANNELS.map((channel) => ({ label: FEEDBACK_CHANNEL_LABELS[channel], count: f.byChannel[channel] }));
  return (
    <section aria-labelledby="phan-anh" className="grid gap-3">
      <h2 id="phan-anh" className="text-xl font-bold">
        {m.heading}
      </h2>
      <p className="max-w-3xl text-slate-700">{m.intro}</p>
      {f.received === 0 ? (
        <p>{m.noData}</p>
      ) : (
        <p className="max-w-3xl">
          {m.summary(formatCount(f.received), formatCount(f.handled), share(f.handled, f.received), formatCount(f.forwarded))}
        </p>
      )}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {headline.map(([label, value]) => (
          <div key={label} className={cardClass(undefined, "compact")}>
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="text-xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <BarChart
        title={m.channelChartTitle}
        summary={m.channelSummary(channels.map((c) => `${c.label} ${formatCount(c.count)}`))}
        series={CHANNEL_SERIES}
        groups={channels.map((c) => ({ label: c.label, values: [c.count] }))}
      />
      <DataTable
        id="bang-phan-anh-kenh"
        caption={m.channelCaption}
        minWidth="min-w-[20rem]"
        columns={[{ header: m.channel }, { header: m.count, className: "text-right" }, { header: m.share, className: "text-right" }]}
      >
        {channels.map((c) => (
          <tr key={c.label}>
            <th scope="row" className="font-normal">
              {c.label}
            </th>
            <td className="text-right tabular-nums">{formatCount(c.count)}</td>
            <td className="text-right tabular-nums">{share(c.count, f.received)}</td>
          </tr>
        ))}
      </DataTable>
      <DataTable
        id="bang-phan-anh-loai"
        caption={m.kindCaption}
        minWidth="min-w-[20rem]"
        columns={[{ header: m.kind }, { header: m.count, className: "text-right" }, { header: m.share, className: "text-right" }]}
      >
        {FEEDBACK_KINDS.map((kind) => (
          <tr key={kind}>
            <th scope="row" className="font-normal">
              {FEEDBACK_KIND_LABELS[kind]}
            </th>
            <td className="text-right tabular-nums">{formatCount(f.byKind[kind])}</td>
            <td className="text-right tabular-nums">{share(f.byKind[kind], f.received)}</td>
          </tr>
        ))}
      </DataTable>
      {f.byUnit.length === 0 ? (
        <p>{m.noUnits}</p>
      ) : (
        <DataTable
          id="bang-phan-anh-co-quan"
          caption={m.unitCaption}
          columns={[
            { header: m.unit },
            ...[m.forwarded, m.answered, m.answeredOnTime, m.onTimeRate].map((header) => ({ header, className: "text-right" })),
          ]}
        >
          {f.byUnit.map((u) => (
            <tr key={u.unitId}>
              <th scope="row" className="font-normal">
                {u.unitName}
              </th>
              <td className="text-right tabular-nums">{formatCount(u.forwarded)}</td>
              <td className="text-right tabular-nums">{formatCount(u.answered)}</td>
              <td className="text-right tabular-nums">{formatCount(u.answeredOnTime)}</td>
              <td className="text-right tabular-nums">{share(u.answeredOnTime, u.forwarded)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {f.byMonth.length > 0 ? (
        <DataTable
          id="bang-phan-anh-thang"
          caption={m.monthCaption}
          columns={[
            { header: m.month },
            ...[m.received, m.handled, m.handlingRate, m.forwarded].map((header) => ({ header, className: "text-right" })),
          ]}
        >
          {f.byMonth.map((row) => (
            <tr key={row.month}>
              <th scope="row" className="font-normal">
                {m.monthLabel(row.month)}
              </th>
              <td className="text-right tabular-nums">{formatCount(row.received)}</td>
              <td className="text-right tabular-nums">{formatCount(row.handled)}</td>
              <td className="text-right tabular-nums">{share(row.handled, row.received)}</td>
              <td className="text-right tabular-nums">{formatCount(row.forwarded)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
