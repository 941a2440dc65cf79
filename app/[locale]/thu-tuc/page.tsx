import type { Metadata } from "next";
import { CatalogView } from "@/components/catalog/catalog-view";
import { catalogQuerySchema, parseCatalogQuery } from "@/lib/catalog/catalog-query";
import { getFilterOptions } from "@/lib/catalog/cached-catalog";
import { searchServices } from "@/lib/catalog/search-services";
import { withDatabase } from "@/lib/database/with-database";
import { getLocale, getTranslations } from "next-intl/server";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const q = (await searchParams).q;
  const text = Array.isArray(q) ? q[0] : q;
  const t = await getTranslations("catalog");
  return { title: text ? t("searchTitle", { q: text.slice(0, 80) }) : t("catalogTitle") };
}

/**
 * Search and filters: dynamic. The unfiltered list is rewritten to the cached /thu-tuc/trang/[page].
 * On the English page the words are also looked for in the English names and summaries.
 */
export default async function CatalogSearchPage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = parseCatalogQuery(await searchParams);
  const query = parsed.ok ? parsed.query : catalogQuerySchema.parse({});
  const locale = await getLocale();
  const [options, result] = await Promise.all([
    getFilterOptions(),
    parsed.ok ? withDatabase(searchServices, query, locale) : Promise.resolve({ total: 0, page: 1, pageSize: query.pageSize, items: [] }),
  ]);
  return <CatalogView query={query} result={result} options={options} errors={parsed.ok ? undefined : parsed.errors} />;
}
