import { PlainLink } from "@/components/catalog/plain-link";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import type { QueueRow } from "@/lib/officers/list-officer-queue";
import { officerMessages as m } from "@/lib/messages/officer";
import { channelName, statusName } from "@/lib/messages/tracking";
import { currentDeadline, isOverdue } from "@/lib/workflow/statuses";

export function QueueTable({ rows, now }: { rows: readonly QueueRow[]; now: Date }) {
  if (rows.length === 0) return <p className="mt-6 rounded bg-white p-6 text-center ring-1 ring-slate-200">{m.empty}</p>;
  return (
    <div tabIndex={0} role="region" aria-label="Danh sách hồ sơ" className="mt-4 overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="queue-table w-full min-w-[44rem] text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col">{m.columns.code}</th>
            <th scope="col">{m.columns.service}</th>
            <th scope="col">{m.columns.applicant}</th>
            <th scope="col">{m.columns.status}</th>
            <th scope="col">{m.columns.due}</th>
            <th scope="col">{m.columns.channel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            // The queue holds dossiers to the legal due date (an apology's new date is on the dossier's page).
            const deadline = currentDeadline(row) ?? row.dueAt;
            const late = isOverdue(row, now);
            return (
              <tr key={row.id}>
                <td className="font-mono">
                  <PlainLink href={`/quan-tri/ho-so/${encodeURIComponent(row.code)}`}>{row.code}</PlainLink>
                </td>
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
        </tbody>
      </table>
    </div>
  );
}
