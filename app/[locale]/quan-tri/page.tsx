import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PlainLink } from "@/components/catalog/plain-link";
import { QueueFilters } from "@/components/officer/queue-filters";
import { QueuePagination } from "@/components/officer/queue-pagination";
import { QueueTable } from "@/components/officer/queue-table";
import { QueueTabs } from "@/components/officer/queue-tabs";
import { requireOfficer } from "@/lib/auth/require-officer";
import { loadCalendar } from "@/lib/calendar/holiday-store";
import { officerMessages as m } from "@/lib/messages/officer";
import { listOfficerQueue } from "@/lib/officers/list-officer-queue";
import { parseQueueParams } from "@/lib/officers/parse-queue-params";
import { QUEUE_NAMES } from "@/lib/officers/queue-query";
import { queueHref } from "@/lib/officers/queue-url";
import { mayOfficer } from "@/lib/workflow/permissions";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { withDatabase } from "@/lib/database/with-database";

export const metadata: Metadata = { title: "Khu vực cán bộ", robots: { index: false } };

export default async function OfficerQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const officer = await requireOfficer("/quan-tri");
  const { query, errors } = parseQueueParams(params, officer.roles);
  const now = workflowNow();
  const canView = mayOfficer(officer.roles, "view-dossiers");
  // The 1022 operators handle feedback, not dossiers: their home is the feedback register.
  if (!canView && mayOfficer(officer.roles, "view-feedback")) redirect("/quan-tri/phan-anh");
  const result = canView
    ? await withDatabase(listOfficerQueue, query, { unitId: officer.unitId, officerId: officer.id, now, calendar: await withDatabase(loadCalendar) })
    : { rows: [], total: 0, page: 1, pageSize: 20 };
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold text-brand-900">{QUEUE_NAMES[query.queue]}</h1>
      <QueueTabs current={query.queue} />
      <QueueFilters query={query} errors={errors} />
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="font-semibold">
          {m.total(result.total)}
        </p>
        {mayOfficer(officer.roles, "export-dossiers") ? (
          <PlainLink href={queueHref("/quan-tri/xuat-csv", query, { page: 1 })} className="font-semibold">
            {m.exportCsv}
          </PlainLink>
        ) : null}
      </div>
      <QueueTable rows={result.rows} now={now} />
      <QueuePagination query={query} total={result.total} pageSize={result.pageSize} />
    </div>
  );
}
