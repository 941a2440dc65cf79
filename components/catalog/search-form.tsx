import type { CatalogQuery } from "@/lib/catalog/catalog-query";
import type { FilterOptions } from "@/lib/catalog/cached-catalog";
import { LEVELS, MODES } from "@/lib/catalog/service-schema";
import { audienceLabels, catalogMessages as m, levelLabels, modeLabels } from "@/lib/messages/catalog";
import { PlainLink } from "@/components/catalog/plain-link";
import { cardClass } from "@/components/ui/card";

const selectClass = "field-select";

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
          className="block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-600"
        />
        <button type="submit" className="shrink-0 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {m.searchButton}
        </button>
      </div>
      <fieldset className="mt-4">
        <legend className="font-semibold">{m.filters}</legend>
        <div className="mt-1 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <div className="lg:col-span-2">
            <label htmlFor="agency" className="text-sm">
              {m.agency}
            </label>
            <select id="agency" name="agency" defaultValue={query.agency ?? ""} className={selectClass}>
              <option value="">{m.allAgencies}</option>
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
            </select>
          </div>
          <div>
            <label htmlFor="field" className="text-sm">
              {m.field}
            </label>
            <select id="field" name="field" defaultValue={query.field ?? ""} className={selectClass}>
              <option value="">{m.allFields}</option>
              {options.fields.map((f) => (
                <option key={f.code} value={f.code}>
                  {f.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="level" className="text-sm">
              {m.level}
            </label>
            <select id="level" name="level" defaultValue={query.level ?? ""} className={selectClass}>
              <option value="">{m.allLevels}</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {levelLabels[l]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="mode" className="text-sm">
              {m.mode}
            </label>
            <select id="mode" name="mode" defaultValue={query.mode ?? ""} className={selectClass}>
              <option value="">{m.allModes}</option>
              {MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {modeLabels[mode]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="audience" className="text-sm">
              {m.audience}
            </label>
            <select id="audience" name="audience" defaultValue={query.audience ?? ""} className={selectClass}>
              <option value="">{m.allAudiences}</option>
              <option value="cong-dan">{audienceLabels["cong-dan"]}</option>
              <option value="doanh-nghiep">{audienceLabels["doanh-nghiep"]}</option>
            </select>
          </div>
        </div>
        {query.event ? <input type="hidden" name="event" value={query.event} /> : null}
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
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
