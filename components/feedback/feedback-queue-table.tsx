import { PlainLink } from "@/components/catalog/plain-link";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import type { FeedbackQueueRow } from "@/lib/feedback/list-feedback-queue";
import { useTranslations } from "next-intl";

export function FeedbackQueueTable({ rows }: { rows: readonly FeedbackQueueRow[] }) {
  const t = useTranslations("feedbackOfficer");
  if (rows.length === 0) return <p className="mt-6 rounded bg-white p-6 text-center ring-1 ring-slate-200">{t("empty")}</p>;
  return (
    <div tabIndex={0} role="region" aria-label={t("title")} className="mt-4 overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="queue-table w-full min-w-[44rem] text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col">{t("columns.code")}</th>
            <th scope="col">{t("columns.subject")}</th>
            <th scope="col">{t("columns.kind")}</th>
            <th scope="col">{t("columns.status")}</th>
            <th scope="col">{t("columns.due")}</th>
            <th scope="col">{t("columns.channel")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="font-mono whitespace-nowrap">
                <PlainLink href={`/quan-tri/phan-anh/${row.id}`} className="inline-block py-1">
                  {row.code}
                </PlainLink>
              </td>
              <td className="break-words">{row.subject}</td>
              <td>{t(`kinds.${row.kind}`)}</td>
              <td>
                {t(`statuses.${row.status}`)}
                {row.assignedUnitName ? <span className="block text-slate-600">{row.assignedUnitName}</span> : null}
              </td>
              <td className="whitespace-nowrap">
                {row.dueAt ? formatVietnamDateTime(row.dueAt) : "—"}
                {row.overdue ? <span className="badge-late">{t("overdue")}</span> : null}
              </td>
              <td>{t(`channels.${row.channel}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
