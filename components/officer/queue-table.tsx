import { PlainLink } from "@/components/catalog/plain-link";
import { cardClass } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import type { QueueRow } from "@/lib/officers/list-officer-queue";
import { officerMessages as m } from "@/lib/messages/officer";
import { channelName, statusName } from "@/lib/messages/tracking";
import { currentDeadline, isOverdue } from "@/lib/workflow/statuses";

const COLUMNS = [m.columns.code, m.columns.service, m.columns.applicant, m.columns.status, m.columns.due, m.columns.channel].map((header) => ({ header }));

export function QueueTable({ rows, now }: { rows: readonly QueueRow[]; now: Date }) {
  if (rows.length === 0) return <p className={cardClass("mt-6 text-center", "roomy")}>{m.empty}</p>;
  return (
    <DataTable id="ds-ho-so" caption={m.queueCaption} captionHidden columns={COLUMNS} minWidth="min-w-[44rem]" className={cardClass("mt-4", "none")}>
      {rows.map((row) => {
        // The queue holds dossiers to the legal due date (an apology's new date is on the dossier's page).
        const deadline = currentDeadline(row) ?? row.dueAt;
        const late = isOverdue(row, now);
        return (
          <tr key={row.id}>
            <th scope="row" className="font-mono font-normal">
              <PlainLink href={`/quan-tri/ho-so/${encodeURIComponent(row.code)}`}>{row.code}</PlainLink>
            </th>
            <td>{row.serviceName}</td>
            <td>
              {row.applicantName}
              <span className="block text-slate-600">{row.applicantIdNumber}</span>
            </td>
            <td>{statusName(row.status)}</td>
            <td className="whitespace-nowrap">
              {formatVietnamDateTime(deadline)}
              {late ? <span className="badge-late">{m.overdue}</span> : null}
            </td>
            <td>{channelName(row.channel)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
