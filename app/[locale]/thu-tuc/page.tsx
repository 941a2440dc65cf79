import type { Metadata } from "next";
import { CatalogView } from "@/components/catalog/catalog-view";
import { catalogQuerySchema, parseCatalogQuery } from "@/lib/catalog/catalog-query";
import { getFilterOptions } from "@/lib/catalog/cached-catalog";
import { searchServices } from "@/lib/catalog/search-services";
import { catalogMessages as m } from "@/lib/messages/catalog";
import { withDatabase } from "@/lib/database/with-database";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const q = (await searchParams).q;
  const text = Array.isArray(q) ? q[0] : q;
  return { title: text ? `${m.searchLabel}: ${text.slice(0, 80)}` : m.catalogTitle };
}

/** Search and filters: dynamic. The unfiltered list is rewritten to the cached /thu-tuc/trang/[page]. */
export default async function CatalogSearchPage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = parseCatalogQuery(await searchParams);
  const query = parsed.ok ? parsed.query : catalogQuerySchema.parse({});
  const [options, result] = await Promise.all([
    getFilterOptions(),
    parsed.ok ? withDatabase(searchServices, query) : Promise.resolve({ total: 0, page: 1, pageSize: query.pageSize, items: [] }),
  ]);
  return <CatalogView query={query} result={result} options={options} errors={parsed.ok ? undefined : parsed.errors} />;
}
