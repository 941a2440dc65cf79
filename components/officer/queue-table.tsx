import { useTranslations } from "next-intl";
import { PlainLink } from "@/components/catalog/plain-link";
import { cardClass } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import type { QueueRow } from "@/lib/officers/list-officer-queue";
import { channelName, statusName } from "@/lib/tracking/status-names";
import { currentDeadline, isOverdue } from "@/lib/workflow/statuses";

export function QueueTable({ rows, now }: { rows: readonly QueueRow[]; now: Date }) {
  const t = useTranslations("officer");
  if (rows.length === 0) return <p className={cardClass("mt-6 text-center", "roomy")}>{t("empty")}</p>;
  const columns = (["code", "service", "applicant", "status", "due", "channel"] as const).map((column) => ({ header: t(`columns.${column}`) }));
  return (
    <DataTable
      id="ds-ho-so"
      caption={t("queueCaption")}
      captionHidden
      columns={columns}
      minWidth="min-w-[44rem]"
      className={cardClass("mt-4", "none")}
    >
      {rows.map((row) => {
        // The queue holds dossiers to the legal due date (an apology's new date is on the dossier's page).
        const deadline = currentDeadline(row) ?? row.dueAt;
        const late = isOverdue(row, now);
        return (
          <tr key={row.id}>
            <th scope="row" className="font-mono font-normal">
              <PlainLink href={`/quan-tri/ho-so/${encodeURIComponent(row.code)}`}>{row.code}</PlainLink>
              {/* Officers work in Vietnamese; what goes to this applicant goes in English too (docs/i18n.md). */}
              {row.locale === "en" ? <span className="badge badge-level mt-1 block w-fit font-sans">{t("dossier.filedInEnglish")}</span> : null}
            </th>
            <td>{row.serviceName}</td>
            <td>
              {row.applicantName}
              <span className="block text-slate-600">{row.applicantIdNumber}</span>
            </td>
            <td>{statusName(row.status, "vi")}</td>
            <td className="whitespace-nowrap">
              {formatVietnamDateTime(deadline)}
              {late ? <span className="badge-late">{t("overdue")}</span> : null}
            </td>
            <td>{channelName(row.channel, "vi")}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
