import { PlainLink } from "@/components/catalog/plain-link";
import type { OrganisationUnit } from "@/lib/organisation/get-organisation";
import { useLocale, useTranslations } from "next-intl";
import { statisticsNumbers } from "@/lib/statistics/format";

/** A unit's code, its services (a link to the catalog filtered by it) and its published performance, on one line. */
export function UnitFacts({ unit }: { unit: OrganisationUnit }) {
  const m = useTranslations("organisation");
  const { count, rate } = statisticsNumbers(useLocale());
  const p = unit.performance;
  return (
    <p className="mt-1 text-sm text-slate-700">
      <span className="whitespace-nowrap">{m("code", { code: unit.code })}</span>
      {" · "}
      <PlainLink
        href={`/thu-tuc?agency=${unit.code}`}
        aria-label={m("servicesOf", { count: unit.serviceCount, unit: unit.shortName })}
        className="whitespace-nowrap text-brand-800 underline"
      >
        {m("services", { count: unit.serviceCount })}
      </PlainLink>
      {" · "}
      <span>
        {p.published
          ? m("performance", { resolved: count(p.resolved), rate: rate(p.onTimeRate) })
          : p.resolved === 0
            ? m("noneResolved")
            : m("tooFew", { resolved: count(p.resolved) })}
      </span>
    </p>
  );
}

/** A unit's name as a link to its own page, with its facts under it. */
export function UnitSummary({ unit, headingLevel }: { unit: OrganisationUnit; headingLevel: 3 | 4 }) {
  const name = (
    <PlainLink href={`/co-quan/${unit.code}`} className="font-semibold break-words text-brand-800 underline">
      {unit.name}
    </PlainLink>
  );
  return (
    <>
      {headingLevel === 3 ? <h3 className="text-base">{name}</h3> : <h4 className="text-base">{name}</h4>}
      <UnitFacts unit={unit} />
    </>
  );
}
