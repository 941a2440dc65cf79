import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CatalogView } from "@/components/catalog/catalog-view";
import { getDb } from "@/db/client";
import { catalogQuerySchema } from "@/lib/catalog/catalog-query";
import { getFilterOptions } from "@/lib/catalog/cached-catalog";
import { searchServices } from "@/lib/catalog/search-services";
import { catalogMessages as m } from "@/lib/messages/catalog";

// Rendered on first request, then served from the cache (no database at build time).
export const revalidate = 300; // CATALOG_REVALIDATE_SECONDS: a segment config must be a literal
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ page: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { page } = await params;
  return { title: page === "1" ? m.catalogTitle : `${m.catalogTitle} – trang ${page}` };
}

/** The unfiltered catalog, one cached page per page number; /thu-tuc and /thu-tuc?page=N land here. */
export default async function CatalogListPage({ params }: { params: Params }) {
  const { page } = await params;
  const parsed = catalogQuerySchema.safeParse({ page });
  if (!/^[1-9][0-9]{0,3}$/.test(page) || !parsed.success) notFound();
  const [options, result] = await Promise.all([getFilterOptions(), searchServices(await getDb(), parsed.data)]);
  return <CatalogView query={parsed.data} result={result} options={options} />;
}
