import type { Metadata } from "next";
import { PrintButton } from "@/components/catalog/print-button";
import { PlainLink } from "@/components/catalog/plain-link";
import { PeriodForm } from "@/components/statistics/period-form";
import { ServiceIndexRanking } from "@/components/statistics/service-index-ranking";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { getLocale, getTranslations } from "next-intl/server";
import { statisticsNumbers } from "@/lib/statistics/format";
import { getCachedServiceIndex } from "@/lib/statistics/cached-statistics";
import { choosePeriod, defaultReportYear } from "@/lib/statistics/public-period";
import { withDatabase } from "@/lib/database/with-database";
import { sourcelessComponents } from "@/lib/statistics/service-index/total-index";
import type { ComponentKey } from "@/lib/statistics/service-index/components";
import { Section } from "@/components/ui/section";

/** Only the components the portal cannot measure yet have a reason in the catalog. */
const missingKey = (key: ComponentKey) => `components.${key}.missing` as "components.publishedOnTime.missing";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("serviceIndex"))("title") };
}
// The period comes from the address; the figures themselves are cached (lib/statistics/cached-statistics.ts).
export const dynamic = "force-dynamic";

export default async function ServiceIndexPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const now = workflowNow();
  const defaultYear = await withDatabase(defaultReportYear, now);
  const locale = await getLocale();
  const m = await getTranslations("serviceIndex");
  const statisticsText = await getTranslations("statistics");
  const formatWhole = statisticsNumbers(locale).count;
  const chosen = choosePeriod(await searchParams, defaultYear, locale);
  const ranking = await getCachedServiceIndex(chosen.period.from, chosen.period.to);
  const years = Array.from({ length: now.getUTCFullYear() - 2023 + 1 }, (_, i) => 2023 + i);
  const scores = [...ranking.agencies, ...ranking.districts].map((r) => r.score);
  const missing = sourcelessComponents(scores);
  const missingPoints = missing.reduce((s, c) => s + c.max, 0);

  return (
    <div className="grid gap-8">
      <div className="grid gap-3">
        <nav aria-label={statisticsText("title")} className="no-print text-sm">
          <PlainLink href="/thong-ke">{statisticsText("title")}</PlainLink> ›
        </nav>
        <h1 className="text-2xl font-bold sm:text-3xl">{m("title")}</h1>
        <p className="max-w-3xl text-slate-700">{m("intro")}</p>
        {chosen.invalid ? (
          <p role="status" className="text-amber-800">
            {statisticsText("invalidPeriod")}
          </p>
        ) : null}
        <PeriodForm action="/thong-ke/chi-so" years={years} year={chosen.year} quarter={chosen.quarter} month={chosen.month} />
      </div>

      <Section id="ky-danh-gia" title={m("periodHeading", { label: chosen.label })} className="grid gap-2">
        <p className="font-semibold">{m("scaleNote", { measured: formatWhole(100 - missingPoints) })}</p>
        <h3 id="chua-do" className="font-bold">
          {m("notMeasuredHeading")}
        </h3>
        <p>{m("notMeasuredIntro", { points: formatWhole(missingPoints) })}</p>
        <ul className="ml-5 list-disc">
          {missing.map((c) => (
            <li key={c.key}>
              {m("notMeasuredItem", {
                name: m(`components.${c.key}.name`),
                max: c.max,
                why: m.has(missingKey(c.key)) ? m(missingKey(c.key)) : "",
              })}
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-700">{m("printHint")}</p>
        <PrintButton />
      </Section>

      <ServiceIndexRanking id="co-quan" heading={m("agenciesHeading")} entries={ranking.agencies} />
      <ServiceIndexRanking id="cap-huyen" heading={m("districtsHeading")} entries={ranking.districts} />
    </div>
  );
}
