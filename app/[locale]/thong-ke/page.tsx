import type { Metadata } from "next";
import { BarChart } from "@/components/statistics/bar-chart";
import { FiguresTable } from "@/components/statistics/figures-table";
import { LineChart } from "@/components/statistics/line-chart";
import { PeriodForm } from "@/components/statistics/period-form";
import { PrintButton } from "@/components/catalog/print-button";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { getLocale, getTranslations } from "next-intl/server";
import { PlainLink } from "@/components/catalog/plain-link";
import { statisticsNumbers } from "@/lib/statistics/format";
import { getCachedDefaultReportYear, getCachedFeedbackFigures, getCachedPublicStatistics } from "@/lib/statistics/cached-public-statistics";
import { FeedbackFigures } from "@/components/feedback/feedback-figures";
import { choosePeriod } from "@/lib/statistics/public-period";
import { cardClass } from "@/components/ui/card";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("statistics"))("title") };
}
export const dynamic = "force-dynamic";

const TIERS = ["tinh", "huyen", "xa"] as const;
const isTier = (key: string): key is (typeof TIERS)[number] => (TIERS as readonly string[]).includes(key);

export default async function StatisticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const now = workflowNow();
  const defaultYear = await getCachedDefaultReportYear(now);
  const locale = await getLocale();
  const m = await getTranslations("statistics");
  const serviceIndexText = await getTranslations("serviceIndex");
  const { count: formatCount, rate: formatRate } = statisticsNumbers(locale);
  const chosen = choosePeriod(await searchParams, defaultYear, locale);
  const SERIES = [
    { name: m("received"), className: "fill-sky-700" },
    { name: m("resolved"), className: "fill-emerald-700" },
    { name: m("resolvedOnline"), className: "fill-amber-600" },
  ];
  // Cached for a minute per period (lib/statistics/cached-public-statistics.ts): the same for every visitor.
  const [stats, feedback] = await Promise.all([getCachedPublicStatistics(chosen.period), getCachedFeedbackFigures(chosen.period)]);
  const years = Array.from({ length: now.getUTCFullYear() - 2023 + 1 }, (_, i) => 2023 + i);
  const t = stats.total;
  const tiers = stats.byTier.map((g) => ({ ...g, label: isTier(g.key) ? m(`tiers.${g.key}`) : g.label }));
  const tierSummary = m("tierSummary", {
    parts: tiers
      .map((g) =>
        m("tierSummaryPart", {
          tier: g.label,
          received: formatCount(g.figures.received),
          resolved: formatCount(g.figures.resolved),
          online: formatCount(g.figures.resolvedOnline),
        }),
      )
      .join("; "),
  });
  const months = stats.byMonth;
  const busiest = months.reduce((a, b) => (b.figures.received > a.figures.received ? b : a), months[0]!);
  const quietest = months.reduce((a, b) => (b.figures.received < a.figures.received ? b : a), months[0]!);

  return (
    <div className="grid gap-8">
      <div className="grid gap-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{m("title")}</h1>
        <p className="max-w-3xl text-slate-700">{m("intro")}</p>
        <p className="no-print">
          <PlainLink href="/thong-ke/chi-so" className="font-semibold text-brand-800 underline">
            {serviceIndexText("statisticsLink")}
          </PlainLink>
        </p>
        {chosen.invalid ? (
          <p role="status" className="text-amber-800">
            {m("invalidPeriod")}
          </p>
        ) : null}
        <PeriodForm years={years} year={chosen.year} quarter={chosen.quarter} month={chosen.month} />
      </div>

      <Section id="tong-quan" title={m("periodHeading", { label: chosen.label })} className="grid gap-3">
        {t.toHandle === 0 ? <p>{m("noData")}</p> : null}
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {[
            [m("received"), formatCount(t.received)],
            [m("resolved"), formatCount(t.resolved)],
            [m("resolvedOnline"), formatCount(t.resolvedOnline)],
            [m("onTimeRate"), formatRate(t.onTimeRate)],
            [m("onlineRate"), formatRate(t.onlineRate)],
            [m("inProgress"), formatCount(t.inProgress)],
          ].map(([label, value]) => (
            <div key={label} className={cardClass(undefined, "compact")}>
              <dt className="text-sm text-slate-700">{label}</dt>
              <dd className="text-xl font-bold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <PrintButton />
      </Section>

      <Section id="theo-cap" title={m("byTierHeading")} className="grid gap-3">
        <BarChart
          title={m("tierChartTitle")}
          summary={tierSummary}
          series={SERIES}
          groups={tiers.map((g) => ({ label: g.label, values: [g.figures.received, g.figures.resolved, g.figures.resolvedOnline] }))}
        />
        <FiguresTable id="bang-cap" caption={m("tableCaptionTier")} groupHeading={m("columnGroup")} groups={tiers} />
      </Section>

      <Section id="theo-thang" title={m("trendHeading")} className="grid gap-3">
        {months.length > 1 && busiest && quietest ? (
          <LineChart
            title={m("trendChartTitle")}
            summary={m("trendSummary", {
              maxMonth: busiest.label,
              max: formatCount(busiest.figures.received),
              minMonth: quietest.label,
              min: formatCount(quietest.figures.received),
            })}
            labels={months.map((g) => g.label.slice(0, 2))}
            series={SERIES.slice(0, 2)}
            values={[months.map((g) => g.figures.received), months.map((g) => g.figures.resolved)]}
          />
        ) : null}
        <FiguresTable id="bang-thang" caption={m("tableCaptionTrend")} groupHeading={m("columnMonth")} groups={months} />
      </Section>

      <Section id="theo-don-vi" title={m("byAgencyHeading")} className="grid gap-3">
        <FiguresTable id="bang-co-quan" caption={m("tableCaptionAgency")} groupHeading={m("columnGroup")} groups={stats.byAgency} />
      </Section>

      <FeedbackFigures figures={feedback} />
    </div>
  );
}
