import { PlainLink } from "@/components/catalog/plain-link";
import type { OrganisationUnit } from "@/lib/organisation/get-organisation";
import { organisationMessages as m } from "@/lib/messages/organisation";

/** A unit's code, its services (a link to the catalog filtered by it) and its published performance. */
export function UnitFacts({ unit }: { unit: OrganisationUnit }) {
  const p = unit.performance;
  return (
    <ul className="mt-1 grid gap-0.5 text-sm text-slate-700">
      <li>
        {m.code}: {unit.code}
      </li>
      <li>
        <PlainLink href={`/thu-tuc?agency=${unit.code}`} aria-label={m.servicesOf(unit.serviceCount, unit.shortName)} className="text-brand-800 underline">
          {m.services(unit.serviceCount)}
        </PlainLink>
      </li>
      <li>{p.published ? m.performance(p.resolved, p.onTimeRate) : m.tooFew(p.resolved)}</li>
    </ul>
  );
}

/** A unit's name as a link to its own page, with its facts under it. */
export function UnitSummary({ unit, headingLevel }: { unit: OrganisationUnit; headingLevel?: 3 | 4 }) {
  const name = (
    <PlainLink href={`/co-quan/${unit.code}`} className="font-semibold text-brand-800 underline">
      {unit.name}
    </PlainLink>
  );
  return (
    <>
      {headingLevel === 3 ? <h3 className="text-base">{name}</h3> : headingLevel === 4 ? <h4 className="text-base">{name}</h4> : <p>{name}</p>}
      <UnitFacts unit={unit} />
    </>
  );
}
