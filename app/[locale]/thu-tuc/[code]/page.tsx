import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { ServiceDetailView } from "@/components/catalog/service-detail";
import { ServiceRecordSection } from "@/components/catalog/service-record";
import { getService } from "@/lib/catalog/get-service";
import { vietnamIsoDate } from "@/lib/calendar/format";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { getCachedServiceRecord } from "@/lib/statistics/cached-statistics";
import { parseBoundary, serviceCodeSchema } from "@/lib/validation/boundary-schemas";
import { withDatabase } from "@/lib/database/with-database";

// Rendered on first request, then served from the cache (no database at build time).
export const revalidate = 300; // CATALOG_REVALIDATE_SECONDS: a segment config must be a literal
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ code: string }>;

// A code that cannot exist is not looked up (NUL, "%", anything but 1.001193 or 1.001193.000.00.00.H47).
const loadService = cache(async (raw: string) => {
  const code = parseBoundary(serviceCodeSchema, raw);
  return code ? withDatabase(getService, code) : null;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const service = await loadService((await params).code);
  const [t, locale] = await Promise.all([getTranslations("catalog"), getLocale()]);
  if (!service) return { title: t("serviceNotFound") };
  return { title: locale === "en" && service.nameEn ? service.nameEn : service.name };
}

export default async function ServicePage({ params }: { params: Params }) {
  const service = await loadService((await params).code);
  if (!service) notFound();
  // Cached apart from the page (an hour), so the page stays a cached page that re-renders cheaply.
  const record = await getCachedServiceRecord(service.code, vietnamIsoDate(workflowNow()));
  return <ServiceDetailView service={service}>{record ? <ServiceRecordSection record={record} /> : null}</ServiceDetailView>;
}
