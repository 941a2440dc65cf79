import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PlainLink } from "@/components/catalog/plain-link";
import { DivisionList } from "@/components/organisation/division-list";
import { UnitFacts } from "@/components/organisation/unit-summary";
import { UnitMonthsTable } from "@/components/organisation/unit-months-table";
import { getCachedOrganisation, getCachedUnitMonths } from "@/lib/organisation/cached-organisation";
import { findUnit, unitCodeSchema } from "@/lib/organisation/get-unit-profile";
import { localToday } from "@/lib/organisation/local-today";
import { MIN_RESOLVED_TO_PUBLISH } from "@/lib/organisation/published-period";
import { getLocale, getTranslations } from "next-intl/server";
import { statisticsNumbers } from "@/lib/statistics/format";
import { parseBoundary } from "@/lib/validation/boundary-schemas";
import { Section } from "@/components/ui/section";

export const dynamic = "force-dynamic";

type Params = Promise<{ code: string }>;

// A code that cannot exist is not looked up: anything but the agency identifier form 000.00.05.H47.
const loadUnit = cache(async (raw: string) => {
  const code = parseBoundary(unitCodeSchema, raw);
  if (!code) return null;
  const organisation = await getCachedOrganisation(localToday());
  const found = findUnit(organisation, code);
  return found ? { ...found, period: organisation.period } : null;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await loadUnit((await params).code);
  return { title: found?.unit.name ?? (await getTranslations("organisation"))("title") };
}

export default async function UnitPage({ params }: { params: Params }) {
  const found = await loadUnit((await params).code);
  if (!found) notFound();
  const { unit, parent, period } = found;
  const months = await getCachedUnitMonths(unit.id, period);
  const m = await getTranslations("organisation");
  const { day } = statisticsNumbers(await getLocale());
  const divisionsHeading = unit.kind === "district" ? m("detail.districtDivisions") : m("detail.divisions");
  return (
    <div className="grid gap-6">
      <p>
        <PlainLink href="/co-quan">{m("detail.back")}</PlainLink>
      </p>
      <div>
        <h1 className="text-2xl font-bold break-words sm:text-3xl">{unit.name}</h1>
        {parent ? (
          <p className="text-slate-700">
            <PlainLink href={`/co-quan/${parent.code}`}>{m("detail.of", { district: parent.name })}</PlainLink>
          </p>
        ) : null}
        <UnitFacts unit={unit} />
      </div>

      <Section id="phong" title={divisionsHeading} className="grid gap-2">
        {unit.divisions.length > 0 ? <DivisionList divisions={unit.divisions} wide /> : <p>{m("detail.noDivisions")}</p>}
      </Section>

      {unit.communes.length > 0 ? (
        <Section id="xa" title={m("detail.communes")} className="grid gap-2">
          <ul className="grid gap-1 pl-4">
            {unit.communes.map((c) => (
              <li key={c.code}>
                <PlainLink href={`/co-quan/${c.code}`}>{c.name}</PlainLink>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section id="thu-tuc" title={m("detail.servicesHeading")} className="grid gap-2">
        <p>{m("detail.servicesText", { unit: unit.shortName, count: unit.serviceCount })}</p>
        <p>
          <PlainLink href={`/thu-tuc?agency=${unit.code}`}>{m("detail.servicesLink")}</PlainLink>
        </p>
      </Section>

      <Section id="ket-qua" title={m("performanceHeading")} className="grid gap-2">
        <p className="max-w-3xl text-slate-700">
          {m("performanceNote", { from: day(period.from), to: day(period.to), min: MIN_RESOLVED_TO_PUBLISH })}
        </p>
        <UnitMonthsTable months={months} />
      </Section>
    </div>
  );
}
