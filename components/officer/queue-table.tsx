import { PlainLink } from "@/components/catalog/plain-link";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import type { QueueRow } from "@/lib/officers/list-officer-queue";
import { officerMessages as m } from "@/lib/messages/officer";
import { STATUS_NAMES, isDossierStatus } from "@/lib/workflow/statuses";

export function QueueTable({ rows, now }: { rows: readonly QueueRow[]; now: Date }) {
  if (rows.length === 0) return <p className="mt-6 rounded bg-white p-6 text-center ring-1 ring-slate-200">{m.empty}</p>;
  return (
    <div tabIndex={0} role="region" aria-label="Danh sách hồ sơ" className="mt-4 overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">{m.columns.code}</th>
            <th scope="col" className="px-3 py-2">{m.columns.service}</th>
            <th scope="col" className="px-3 py-2">{m.columns.applicant}</th>
            <th scope="col" className="px-3 py-2">{m.columns.status}</th>
            <th scope="col" className="px-3 py-2">{m.columns.due}</th>
            <th scope="col" className="px-3 py-2">{m.columns.channel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const deadline = row.status === 1 ? row.receiptDeadline : row.dueAt;
            const late = ![3, 7, 8, 9, 10].includes(row.status) && deadline < now;
            return (
              <tr key={row.id} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2 font-mono">
                  <PlainLink href={`/quan-tri/ho-so/${encodeURIComponent(row.code)}`}>{row.code}</PlainLink>
                </td>
                <td className="px-3 py-2">{row.serviceName}</td>
                <td className="px-3 py-2">
                  {row.applicantName}
                  <span className="block text-slate-600">{row.applicantIdNumber}</span>
                </td>
                <td className="px-3 py-2">{isDossierStatus(row.status) ? STATUS_NAMES[row.status] : row.status}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {formatVietnamDateTime(deadline)}
                  {late ? <span className="ml-2 rounded bg-accent-700 px-2 py-0.5 text-xs font-semibold text-white">{m.overdue}</span> : null}
                </td>
                <td className="px-3 py-2">{m.channels[row.channel]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
