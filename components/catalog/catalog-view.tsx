import { useTranslations } from "next-intl";
import type { CatalogQuery, ParamErrors } from "@/lib/catalog/catalog-query";
import type { FilterOptions } from "@/lib/catalog/cached-catalog";
import type { ServicePage } from "@/lib/catalog/search-services";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { Pagination } from "./pagination";
import { SearchForm } from "./search-form";
import { ServiceList } from "./service-list";
import { cardClass } from "@/components/ui/card";

interface Props {
  query: CatalogQuery;
  result: ServicePage;
  options: FilterOptions;
  errors?: ParamErrors;
}

const EMPTY_TIPS = ["spelling", "filters", "documents"] as const;

/** The catalog page body, shared by the cached list and the dynamic search. */
export function CatalogView({ query, result, options, errors }: Props) {
  const t = useTranslations("catalog");
  const messageText = useMessageText();
  const errorList = Object.entries(errors ?? {});
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("catalogTitle")}</h1>
      <SearchForm query={query} options={options} />
      {errorList.length > 0 ? (
        <div role="alert" className="rounded border-l-4 border-accent-600 bg-red-50 p-4">
          <p className="font-semibold">{t("invalidParams")}</p>
          <ul className="mt-1 list-disc pl-6">
            {errorList.map(([key, message]) => (
              <li key={key}>{messageText(message)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <section aria-labelledby="ket-qua">
        <h2 id="ket-qua" className="mb-3 text-lg font-semibold" aria-live="polite">
          {query.q ? t("totalFor", { n: result.total, q: query.q }) : t("total", { n: result.total })}
        </h2>
        {result.items.length > 0 ? (
          <>
            <ServiceList items={result.items} />
            <Pagination query={query} total={result.total} />
          </>
        ) : (
          <div className={cardClass("p-6")} data-testid="empty-state">
            <p className="text-lg font-semibold">{t("emptyTitle")}</p>
            <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-700">
              {EMPTY_TIPS.map((tip) => (
                <li key={tip}>{t(`emptyTips.${tip}`)}</li>
              ))}
            </ul>
            <p className="mt-3">{t("emptyCall")}</p>
          </div>
        )}
      </section>
    </div>
  );
}
