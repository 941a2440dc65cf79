import type { Metadata } from "next";
import { PlainLink } from "@/components/catalog/plain-link";
import { DivisionList } from "@/components/organisation/division-list";
import { OrganisationCountsList } from "@/components/organisation/organisation-counts";
import { UnitSummary } from "@/components/organisation/unit-summary";
import { localToday } from "@/lib/organisation/local-today";
import { getCachedOrganisation } from "@/lib/organisation/cached-organisation";
import { MIN_RESOLVED_TO_PUBLISH } from "@/lib/organisation/published-period";
import { getLocale, getTranslations } from "next-intl/server";
import { statisticsNumbers } from "@/lib/statistics/format";
import { cardClass } from "@/components/ui/card";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisation"))("title") };
}
// Rendered per request from cached data (five minutes): the database is never read at build time.
export const dynamic = "force-dynamic";

const summaryClass = "cursor-pointer py-1 text-sm font-semibold text-brand-800";

export default async function OrganisationPage() {
  const organisation = await getCachedOrganisation(localToday());
  const { counts, period, agencies, districts } = organisation;
  const m = await getTranslations("organisation");
  const { day } = statisticsNumbers(await getLocale());
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{m("title")}</h1>
      <p className="max-w-3xl text-slate-700">{m("intro")}</p>

      <Section id="to-chuc" title={m("countsHeading")} className="grid gap-3">
        <OrganisationCountsList counts={counts} />
        <p className="text-sm text-slate-700">{m("countsNote")}</p>
      </Section>

      <Section id="ket-qua" title={m("performanceHeading")} className="grid gap-2">
        <p className="max-w-3xl text-slate-700">
          {m("performanceNote", { from: day(period.from), to: day(period.to), min: MIN_RESOLVED_TO_PUBLISH })}
        </p>
        <p>
          <PlainLink href="/thong-ke">{m("statisticsLink")}</PlainLink>
        </p>
      </Section>

      <Section id="cap-tinh" title={m("provincial")} headingClassName="mb-3 text-xl font-bold">
        <ul className="grid gap-3 lg:grid-cols-2">
          {agencies.map((a) => {
            const phong = a.divisions.filter((d) => d.kind === "phong").length;
            return (
              <li key={a.code} className={cardClass("min-w-0")}>
                <UnitSummary unit={a} headingLevel={3} />
                {a.divisions.length > 0 ? (
                  <details className="mt-2">
                    <summary className={summaryClass}>
                      {a.divisions.length > phong
                        ? m("agencyDivisionsWithSub", { phong, chiCuc: a.divisions.length - phong })
                        : m("agencyDivisions", { phong })}
                    </summary>
                    <DivisionList divisions={a.divisions} />
                  </details>
                ) : null}
              </li>
            );
          })}
        </ul>
      </Section>

      <Section id="cap-huyen" title={m("district")} headingClassName="mb-3 text-xl font-bold">
        <ul className="grid gap-3 lg:grid-cols-2">
          {districts.map((d) => (
            <li key={d.code} className={cardClass("min-w-0")}>
              <UnitSummary unit={d} headingLevel={3} />
              {d.divisions.length > 0 ? (
                <details className="mt-2">
                  <summary className={summaryClass}>{m("districtDivisions", { count: d.divisions.length })}</summary>
                  <DivisionList divisions={d.divisions} />
                </details>
              ) : null}
              {d.communes.length > 0 ? (
                <details className="mt-1">
                  <summary className={summaryClass}>{m("communes", { count: d.communes.length })}</summary>
                  <ul className="mt-2 grid gap-3 pl-4">
                    {d.communes.map((c) => (
                      <li key={c.code}>
                        <UnitSummary unit={c} headingLevel={4} />
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
