import { BarChart } from "@/components/statistics/bar-chart";
import { cardClass } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { FeedbackFigures as Figures } from "@/lib/feedback/feedback-statistics";
import { FEEDBACK_CHANNELS, FEEDBACK_KINDS } from "@/lib/feedback/feedback-vocabulary";
import { useLocale, useTranslations } from "next-intl";
import { statisticsNumbers } from "@/lib/statistics/format";

/**
 * The feedback register's figures for the chosen period on /thong-ke (docs/feedback.md): the headline
 * (received, handled by the centre, rate, forwarded, answered on time by the agencies), then by channel
 * (a chart with its table right after it), by kind, by agency and by month. Server-rendered; every
 * chart says its figures in words and in a table.
 */
export function FeedbackFigures({ figures: f }: { figures: Figures }) {
  const t = useTranslations("feedback");
  const channelName = useTranslations("feedbackOfficer.channels");
  const { count: formatCount, rate: formatRate } = statisticsNumbers(useLocale());
  const share = (part: number, whole: number) => formatRate(whole === 0 ? null : part / whole);
  const headline: [string, string][] = [
    [t("figures.received"), formatCount(f.received)],
    [t("figures.handled"), formatCount(f.handled)],
    [t("figures.handlingRate"), share(f.handled, f.received)],
    [t("figures.forwarded"), formatCount(f.forwarded)],
    [t("figures.onTime"), t("figures.onTimeValue", { onTime: formatCount(f.forwardedAnsweredOnTime), forwarded: formatCount(f.forwarded) })],
    [t("figures.pending"), formatCount(f.pending)],
  ];
  const channels = FEEDBACK_CHANNELS.map((channel) => ({ label: channelName(channel), count: f.byChannel[channel] }));
  return (
    <section aria-labelledby="phan-anh" className="grid gap-3">
      <h2 id="phan-anh" className="text-xl font-bold">
        {t("figures.heading")}
      </h2>
      <p className="max-w-3xl text-slate-700">{t("figures.intro")}</p>
      {f.received === 0 ? (
        <p>{t("figures.noData")}</p>
      ) : (
        <p className="max-w-3xl">
          {t("figures.summary", {
            received: formatCount(f.received),
            handled: formatCount(f.handled),
            rate: share(f.handled, f.received),
            forwarded: formatCount(f.forwarded),
          })}
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
        title={t("figures.channelChartTitle")}
        summary={t("figures.channelSummary", { parts: channels.map((c) => `${c.label} ${formatCount(c.count)}`).join("; ") })}
        series={[{ name: t("figures.count"), className: "fill-sky-700" }]}
        groups={channels.map((c) => ({ label: c.label, values: [c.count] }))}
      />
      <DataTable
        id="bang-phan-anh-kenh"
        caption={t("figures.channelCaption")}
        minWidth="min-w-[20rem]"
        columns={[
          { header: t("figures.channel") },
          { header: t("figures.count"), className: "text-right" },
          { header: t("figures.share"), className: "text-right" },
        ]}
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
        caption={t("figures.kindCaption")}
        minWidth="min-w-[20rem]"
        columns={[
          { header: t("figures.kind") },
          { header: t("figures.count"), className: "text-right" },
          { header: t("figures.share"), className: "text-right" },
        ]}
      >
        {FEEDBACK_KINDS.map((kind) => (
          <tr key={kind}>
            <th scope="row" className="font-normal">
              {t(`kinds.${kind}`)}
            </th>
            <td className="text-right tabular-nums">{formatCount(f.byKind[kind])}</td>
            <td className="text-right tabular-nums">{share(f.byKind[kind], f.received)}</td>
          </tr>
        ))}
      </DataTable>
      {f.byUnit.length === 0 ? (
        <p>{t("figures.noUnits")}</p>
      ) : (
        <DataTable
          id="bang-phan-anh-co-quan"
          caption={t("figures.unitCaption")}
          columns={[
            { header: t("figures.unit") },
            ...[t("figures.forwarded"), t("figures.answered"), t("figures.answeredOnTime"), t("figures.onTimeRate")].map((header) => ({
              header,
              className: "text-right",
            })),
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
          caption={t("figures.monthCaption")}
          columns={[
            { header: t("figures.month") },
            ...[t("figures.received"), t("figures.handled"), t("figures.handlingRate"), t("figures.forwarded")].map((header) => ({
              header,
              className: "text-right",
            })),
          ]}
        >
          {f.byMonth.map((row) => (
            <tr key={row.month}>
              <th scope="row" className="font-normal">
                {t("figures.monthLabel", { month: row.month.slice(5, 7), year: row.month.slice(0, 4) })}
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
