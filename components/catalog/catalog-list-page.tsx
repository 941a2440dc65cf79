import { notFound } from "next/navigation";
import { catalogQuerySchema } from "@/lib/catalog/catalog-query";
import { getFilterOptions } from "@/lib/catalog/cached-catalog";
import { searchServices } from "@/lib/catalog/search-services";
import { CatalogView } from "./catalog-view";
import { withDatabase } from "@/lib/database/with-database";

/** One page of the unfiltered catalog (the cached /thu-tuc and /thu-tuc/trang/[page]). */
export async function CatalogListPage({ page }: { page: string }) {
  const parsed = catalogQuerySchema.safeParse({ page });
  if (!/^[1-9][0-9]{0,3}$/.test(page) || !parsed.success) notFound();
  const [options, result] = await Promise.all([getFilterOptions(), withDatabase(searchServices, parsed.data)]);
  return <CatalogView query={parsed.data} result={result} options={options} />;
}
