import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { z } from "zod";
import { AUDIT_PAGE_SIZE, listAuditLog } from "@/lib/admin/record-audit";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { describeAuditState } from "@/lib/admin/describe-audit-state";
import type { Locale } from "@/lib/i18n/locales";
import { getLocale, getTranslations } from "next-intl/server";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title"), robots: { index: false } };
}

const pageQuery = z.object({ truoc: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined) });

/** The system admin's view of the append-only audit log of account and role changes. */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireOfficerPermission("view-audit-log", "/quan-tri/nhat-ky");
  const raw = await searchParams;
  const { truoc } = pageQuery.parse({ truoc: typeof raw.truoc === "string" ? raw.truoc : undefined });
  const entries = await withDatabase(listAuditLog, { beforeId: truoc });
  const last = entries.at(-1);
  const t = await getTranslations("audit");
  const locale = (await getLocale()) as Locale;
  const actionName = (action: string) =>
    /^[a-z]+\.[a-z-]+$/.test(action) && t.has(`actions.${action}` as never) ? t(`actions.${action}` as never) : action;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("intro")}</p>
      {entries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="space-y-3">
          {entries.map((entry) => (
            <li key={entry.id} className={cardClass()}>
              <p className="font-semibold">
                {actionName(entry.action)} · <time dateTime={entry.at.toISOString()}>{formatVietnamDateTime(entry.at)}</time>
              </p>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                <dt className="font-semibold text-slate-700">{t("actor")}</dt>
                <dd className="break-words">{entry.actorEmail ? `${entry.actorName} (${entry.actorEmail})` : t("noActor")}</dd>
                <dt className="font-semibold text-slate-700">{t("target")}</dt>
                <dd className="break-words">
                  {entry.targetName}
                  {entry.targetEmail ? ` (${entry.targetEmail})` : ""}
                </dd>
                {entry.unitName ? (
                  <>
                    <dt className="font-semibold text-slate-700">{t("unit")}</dt>
                    <dd>{entry.unitName}</dd>
                  </>
                ) : null}
                <dt className="font-semibold text-slate-700">{t("before")}</dt>
                <dd className="break-words">{describeAuditState(entry.before, locale)}</dd>
                <dt className="font-semibold text-slate-700">{t("after")}</dt>
                <dd className="break-words">{describeAuditState(entry.after, locale)}</dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
      <nav aria-label={t("pages")} className="flex flex-wrap gap-4">
        {truoc ? <Link href="/quan-tri/nhat-ky">{t("newest")}</Link> : null}
        {entries.length === AUDIT_PAGE_SIZE && last ? <Link href={`/quan-tri/nhat-ky?truoc=${last.id}`}>{t("older")}</Link> : null}
      </nav>
    </div>
  );
}
