import type { CatalogQuery } from "@/lib/catalog/catalog-query";
import type { FilterOptions } from "@/lib/catalog/cached-catalog";
import { LEVELS, MODES } from "@/lib/catalog/service-schema";
import { audienceLabels, catalogMessages as m, levelLabels, modeLabels } from "@/lib/messages/catalog";
import { PlainLink } from "@/components/catalog/plain-link";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { cardClass } from "@/components/ui/card";

const AUDIENCES = (["cong-dan", "doanh-nghiep"] as const).map((value) => ({ value, label: audienceLabels[value] }));

const AGENCY_GROUPS = [
  { kind: "agency", label: "Cơ quan cấp tỉnh" },
  { kind: "district", label: "UBND cấp huyện" },
  { kind: "commune", label: "UBND cấp xã" },
] as const;

/**
 * The catalog search: a plain GET form, so it works without JavaScript and every result has a URL.
 * The agency list holds the provincial agencies only: a district or commune filters to the services of
 * its level, which the level filter already offers, so its ~110 options would only weigh on every page.
 * A district or commune chosen elsewhere (the /co-quan links) is listed, selected.
 */
export function SearchForm({ query, options }: { query: Partial<CatalogQuery>; options: FilterOptions }) {
  return (
    <form action="/thu-tuc" method="get" role="search" className={cardClass()}>
      <label htmlFor="q" className="block font-semibold">
        {m.searchLabel}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          placeholder={m.searchPlaceholder}
          maxLength={200}
          autoComplete="off"
          className="field-select mt-0 placeholder:text-slate-600"
        />
        <button type="submit" className={buttonClass("primary", { extra: "shrink-0" })}>
          {m.searchButton}
        </button>
      </div>
      <fieldset className="mt-4">
        <legend className="font-semibold">{m.filters}</legend>
        <div className="mt-1 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <FilterSelect id="agency" label={m.agency} emptyLabel={m.allAgencies} defaultValue={query.agency ?? ""} className="lg:col-span-2">
            {AGENCY_GROUPS.map((group) => {
              const listed = options.agencies.filter((a) => a.kind === group.kind && (group.kind === "agency" || a.code === query.agency));
              return listed.length > 0 ? (
                <optgroup key={group.kind} label={group.label}>
                  {listed.map((a) => (
                    <option key={a.code} value={a.code}>
                      {a.name}
                    </option>
                  ))}
                </optgroup>
              ) : null;
            })}
          </FilterSelect>
          <FilterSelect id="field" label={m.field} emptyLabel={m.allFields} choices={options.fields.map((f) => ({ value: f.code, label: f.name }))} defaultValue={query.field ?? ""} />
          <FilterSelect id="level" label={m.level} emptyLabel={m.allLevels} choices={LEVELS.map((l) => ({ value: l, label: levelLabels[l] }))} defaultValue={query.level ?? ""} />
          <FilterSelect id="mode" label={m.mode} emptyLabel={m.allModes} choices={MODES.map((mode) => ({ value: mode, label: modeLabels[mode] }))} defaultValue={query.mode ?? ""} />
          <FilterSelect id="audience" label={m.audience} emptyLabel={m.allAudiences} choices={AUDIENCES} defaultValue={query.audience ?? ""} />
        </div>
        {query.event ? <input type="hidden" name="event" value={query.event} /> : null}
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="submit" className={buttonClass("secondary")}>
            {m.applyFilters}
          </button>
          <PlainLink href="/thu-tuc" className="px-2 py-2 font-semibold">
            {m.clearFilters}
          </PlainLink>
        </div>
      </fieldset>
    </form>
  );
}
