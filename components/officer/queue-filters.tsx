import { useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { FilterInput, FilterSelect } from "@/components/ui/filter-select";
import { localizeHref, type Locale } from "@/lib/i18n/locales";
import type { QueueQuery } from "@/lib/officers/queue-query";
import { channelChoices, statusChoices } from "@/lib/tracking/status-names";

// Officers work in Vietnamese (docs/i18n.md).
const STATUS_CHOICES = statusChoices("vi").map(({ value, label }) => ({ value, label: `${value}. ${label}` }));
const CHANNEL_CHOICES = channelChoices("vi");
const SORTS = ["han-tang", "han-giam", "moi-nhat"] as const;

/** A plain GET form: every filtered list has a URL and works without JavaScript. */
export function QueueFilters({ query, errors }: { query: QueueQuery; errors: Record<string, string> }) {
  const t = useTranslations("officer");
  const locale = useLocale() as Locale;
  return (
    <form method="get" action={localizeHref("/quan-tri", locale)} role="search" className={cardClass("mt-4")}>
      <input type="hidden" name="queue" value={query.queue} />
      <label htmlFor="q" className="block font-semibold">
        {t("searchLabel")}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} className="field-select mt-0" />
        <button type="submit" className={buttonClass("primary")}>
          {t("search")}
        </button>
      </div>
      <details className="mt-3" open={Boolean(query.service || query.status || query.channel || query.from || query.to)}>
        <summary className="cursor-pointer font-semibold text-brand-800">{t("filters")}</summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <FilterInput id="service" label={t("serviceFilter")} defaultValue={query.service ?? ""} />
          <FilterSelect id="status" label={t("statusFilter")} emptyLabel={t("any")} choices={STATUS_CHOICES} defaultValue={query.status ?? ""} />
          <FilterSelect id="channel" label={t("channelFilter")} emptyLabel={t("any")} choices={CHANNEL_CHOICES} defaultValue={query.channel ?? ""} />
          <FilterInput id="from" type="date" label={t("from")} defaultValue={query.from ?? ""} error={errors.from} />
          <FilterInput id="to" type="date" label={t("to")} defaultValue={query.to ?? ""} error={errors.to} />
          <FilterSelect
            id="sort"
            label={t("sort")}
            choices={SORTS.map((value) => ({ value, label: t(`sorts.${value}`) }))}
            defaultValue={query.sort ?? "han-tang"}
          />
        </div>
      </details>
    </form>
  );
}
