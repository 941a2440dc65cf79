import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PlainLink } from "@/components/catalog/plain-link";
import { QueueFilters } from "@/components/officer/queue-filters";
import { QueuePagination } from "@/components/officer/queue-pagination";
import { QueueTable } from "@/components/officer/queue-table";
import { QueueTabs } from "@/components/officer/queue-tabs";
import { requireOfficer } from "@/lib/auth/require-officer";
import { loadCalendar } from "@/lib/calendar/holiday-store";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { listOfficerQueue } from "@/lib/officers/list-officer-queue";
import { parseQueueParams } from "@/lib/officers/parse-queue-params";
import { queueHref } from "@/lib/officers/queue-url";
import { mayOfficer } from "@/lib/workflow/permissions";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { withDatabase } from "@/lib/database/with-database";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("officer");
  return { title: t("areaTitle"), robots: { index: false } };
}

export default async function OfficerQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const t = await getTranslations("officer");
  const officer = await requireOfficer("/quan-tri");
  const { query, errors } = parseQueueParams(params, officer.roles);
  const now = workflowNow();
  const canView = mayOfficer(officer.roles, "view-dossiers");
  // The 1022 operators handle feedback, not dossiers: their home is the feedback register.
  if (!canView && mayOfficer(officer.roles, "view-feedback")) await redirectInLocale("/quan-tri/phan-anh");
  const result = canView
    ? await withDatabase(listOfficerQueue, query, { unitId: officer.unitId, officerId: officer.id, now, calendar: await withDatabase(loadCalendar) })
    : { rows: [], total: 0, page: 1, pageSize: 20 };
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold text-brand-900">{t(`queues.${query.queue}`)}</h1>
      <QueueTabs current={query.queue} />
      <QueueFilters query={query} errors={errors} />
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="font-semibold">
          {t("total", { n: result.total })}
        </p>
        {mayOfficer(officer.roles, "export-dossiers") ? (
          <PlainLink href={queueHref("/quan-tri/xuat-csv", query, { page: 1 })} className="font-semibold">
            {t("exportCsv")}
          </PlainLink>
        ) : null}
      </div>
      <QueueTable rows={result.rows} now={now} />
      <QueuePagination query={query} total={result.total} pageSize={result.pageSize} />
    </div>
  );
}
