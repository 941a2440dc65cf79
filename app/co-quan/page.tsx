import type { Metadata } from "next";
import { getCachedUnits } from "@/lib/catalog/cached-catalog";
import type { UnitWithCount } from "@/lib/catalog/catalog-overview";
import { catalogMessages } from "@/lib/messages/catalog";
import { PlainLink } from "@/components/catalog/plain-link";
import { cardClass } from "@/components/ui/card";

const m = catalogMessages.agencies;

export const metadata: Metadata = { title: m.title };
// Rendered per request from cached catalog data: the database is never read at build time.
export const dynamic = "force-dynamic";

function UnitLink({ unit }: { unit: UnitWithCount }) {
  return (
    <>
      <PlainLink href={`/thu-tuc?agency=${unit.code}`} className="font-semibold">
        {unit.name}
      </PlainLink>
      <span className="block text-sm text-slate-700">
        {m.code}: {unit.code} · {m.services(unit.serviceCount)}
      </span>
    </>
  );
}

export default async function AgenciesPage() {
  const units = await getCachedUnits();
  const agencies = units.filter((u) => u.kind === "agency");
  const districts = units.filter((u) => u.kind === "district");
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{m.title}</h1>
      <p className="max-w-3xl text-slate-700">{m.intro}</p>
      <section aria-labelledby="cap-tinh">
        <h2 id="cap-tinh" className="mb-3 text-xl font-bold">
          {m.provincial}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {agencies.map((a) => (
            <li key={a.code} className={cardClass()}>
              <UnitLink unit={a} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="cap-huyen">
        <h2 id="cap-huyen" className="mb-3 text-xl font-bold">
          {m.district}
        </h2>
        <ul className="grid gap-3 lg:grid-cols-2">
          {districts.map((d) => {
            const communes = units.filter((u) => u.parentCode === d.code);
            return (
              <li key={d.code} className={cardClass()}>
                <UnitLink unit={d} />
                {communes.length > 0 ? (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm font-semibold text-brand-800">
                      {m.communesOf(d.shortName)} ({communes.length})
                    </summary>
                    <ul className="mt-2 grid gap-2 pl-4">
                      {communes.map((c) => (
                        <li key={c.code}>
                          <UnitLink unit={c} />
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
