import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { z } from "zod";
import { AUDIT_PAGE_SIZE, listAuditLog } from "@/lib/admin/record-audit";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { auditMessages as m, describeAuditState } from "@/lib/messages/audit";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";

export const metadata: Metadata = { title: m.title, robots: { index: false } };

const pageQuery = z.object({ truoc: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined) });

/** The system admin's view of the append-only audit log of account and role changes. */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireOfficerPermission("view-audit-log", "/quan-tri/nhat-ky");
  const raw = await searchParams;
  const { truoc } = pageQuery.parse({ truoc: typeof raw.truoc === "string" ? raw.truoc : undefined });
  const entries = await withDatabase(listAuditLog, { beforeId: truoc });
  const last = entries.at(-1);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{m.title}</h1>
      <p>{m.intro}</p>
      {entries.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <ol className="space-y-3">
          {entries.map((entry) => (
            <li key={entry.id} className={cardClass()}>
              <p className="font-semibold">
                {m.actions[entry.action] ?? entry.action} · <time dateTime={entry.at.toISOString()}>{formatVietnamDateTime(entry.at)}</time>
              </p>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                <dt className="font-semibold text-slate-700">{m.actor}</dt>
                <dd className="break-words">{entry.actorEmail ? `${entry.actorName} (${entry.actorEmail})` : m.noActor}</dd>
                <dt className="font-semibold text-slate-700">{m.target}</dt>
                <dd className="break-words">
                  {entry.targetName}
                  {entry.targetEmail ? ` (${entry.targetEmail})` : ""}
                </dd>
                {entry.unitName ? (
                  <>
                    <dt className="font-semibold text-slate-700">{m.unit}</dt>
                    <dd>{entry.unitName}</dd>
                  </>
                ) : null}
                <dt className="font-semibold text-slate-700">{m.before}</dt>
                <dd className="break-words">{describeAuditState(entry.before)}</dd>
                <dt className="font-semibold text-slate-700">{m.after}</dt>
                <dd className="break-words">{describeAuditState(entry.after)}</dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Trang nhật ký" className="flex flex-wrap gap-4">
        {truoc ? <Link href="/quan-tri/nhat-ky">{m.newest}</Link> : null}
        {entries.length === AUDIT_PAGE_SIZE && last ? <Link href={`/quan-tri/nhat-ky?truoc=${last.id}`}>{m.older}</Link> : null}
      </nav>
    </div>
  );
}
