import type { Metadata } from "next";
import { CatalogListPage } from "@/components/catalog/catalog-list-page";
import { getTranslations } from "next-intl/server";

// Rendered on first request, then served from the cache (no database at build time).
export const revalidate = 300; // CATALOG_REVALIDATE_SECONDS: a segment config must be a literal
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ page: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { page } = await params;
  const t = await getTranslations("catalog");
  return { title: page === "1" ? t("catalogTitle") : t("catalogPageTitle", { page }) };
}

/** The unfiltered catalog's later pages: /thu-tuc?page=N lands here (next.config.mjs). */
export default async function CatalogPage({ params }: { params: Params }) {
  return <CatalogListPage page={(await params).page} />;
}
