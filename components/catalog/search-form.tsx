import { useLocale, useTranslations } from "next-intl";
import type { CatalogQuery } from "@/lib/catalog/catalog-query";
import type { FilterOptions } from "@/lib/catalog/cached-catalog";
import { LEVELS, MODES } from "@/lib/catalog/service-schema";
import { localizeHref } from "@/lib/i18n/locales";
import { PlainLink } from "@/components/catalog/plain-link";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { cardClass } from "@/components/ui/card";
import { vietnameseLang } from "./vietnamese-lang";

const AUDIENCES = ["cong-dan", "doanh-nghiep"] as const;
const AGENCY_GROUPS = ["agency", "district", "commune"] as const;

/**
 * The catalog search: a plain GET form, so it works without JavaScript and every result has a URL.
 * The agency list holds the provincial agencies only: a district or commune filters to the services of
 * its level, which the level filter already offers, so its ~110 options would only weigh on every page.
 * A district or commune chosen elsewhere (the /co-quan links) is listed, selected.
 */
export function SearchForm({ query, options }: { query: Partial<CatalogQuery>; options: FilterOptions }) {
  const t = useTranslations("catalog");
  const locale = useLocale();
  const vi = vietnameseLang(locale);
  return (
    <form action={localizeHref("/thu-tuc", locale)} method="get" role="search" className={cardClass()}>
      <label htmlFor="q" className="block font-semibold">
        {t("searchLabel")}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          placeholder={t("searchPlaceholder")}
          maxLength={200}
          autoComplete="off"
          className="field-select mt-0 placeholder:text-slate-600"
        />
        <button type="submit" className={buttonClass("primary", { extra: "shrink-0" })}>
          {t("searchButton")}
        </button>
      </div>
      <fieldset className="mt-4">
        <legend className="font-semibold">{t("filters")}</legend>
        <div className="mt-1 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <FilterSelect id="agency" label={t("agency")} emptyLabel={t("allAgencies")} defaultValue={query.agency ?? ""} className="lg:col-span-2">
            {AGENCY_GROUPS.map((kind) => {
              const listed = options.agencies.filter((a) => a.kind === kind && (kind === "agency" || a.code === query.agency));
              return listed.length > 0 ? (
                <optgroup key={kind} label={t(`agencyGroups.${kind}`)}>
                  {listed.map((a) => (
                    <option key={a.code} value={a.code} lang={vi}>
                      {a.name}
                    </option>
                  ))}
                </optgroup>
              ) : null;
            })}
          </FilterSelect>
          <FilterSelect id="field" label={t("field")} emptyLabel={t("allFields")} defaultValue={query.field ?? ""}>
            {options.fields.map((f) => (
              <option key={f.code} value={f.code} lang={vi}>
                {f.name}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect
            id="level"
            label={t("level")}
            emptyLabel={t("allLevels")}
            choices={LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
            defaultValue={query.level ?? ""}
          />
          <FilterSelect
            id="mode"
            label={t("mode")}
            emptyLabel={t("allModes")}
            choices={MODES.map((mode) => ({ value: mode, label: t(`modes.${mode}`) }))}
            defaultValue={query.mode ?? ""}
          />
          <FilterSelect
            id="audience"
            label={t("audience")}
            emptyLabel={t("allAudiences")}
            choices={AUDIENCES.map((a) => ({ value: a, label: t(`audiences.${a}`) }))}
            defaultValue={query.audience ?? ""}
          />
        </div>
        {query.event ? <input type="hidden" name="event" value={query.event} /> : null}
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="submit" className={buttonClass("secondary")}>
            {t("applyFilters")}
          </button>
          <PlainLink href="/thu-tuc" className="px-2 py-2 font-semibold">
            {t("clearFilters")}
          </PlainLink>
        </div>
      </fieldset>
    </form>
  );
}
