import { PlainLink } from "@/components/catalog/plain-link";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { FEEDBACK_PATHS } from "@/lib/feedback/feedback-links";
import { FEEDBACK_CHANNEL_LABELS, FEEDBACK_KIND_LABELS, FEEDBACK_STATUS_LABELS } from "@/lib/feedback/feedback-vocabulary";
import type { OfficerFeedbackView } from "@/lib/feedback/officer-feedback-view";
import { feedbackMessages } from "@/lib/messages/feedback";
import { statusName } from "@/lib/tracking/status-names";

const m = feedbackMessages;

/** What the officer needs to handle an item: the sender, the facts, the content and any answer. */
export function OfficerFeedbackSummary({ view }: { view: OfficerFeedbackView }) {
  const item = view.item;
  const rows: [string, React.ReactNode][] = [
    [m.detail.status, FEEDBACK_STATUS_LABELS[item.status]],
    [m.detail.kind, FEEDBACK_KIND_LABELS[item.kind]],
    [m.officer.columns.channel, FEEDBACK_CHANNEL_LABELS[item.channel]],
    [m.officer.columns.receivedAt, formatVietnamDateTime(item.submittedAt)],
    [m.officer.caller, item.senderName],
    [m.officer.phone, item.senderPhone || "—"],
    [m.officer.email, item.senderEmail || "—"],
    [m.officer.consent, item.consentToPublish ? m.officer.yes : m.officer.no],
  ];
  if (view.concernedUnitName) rows.push([m.send.unit, view.concernedUnitName]);
  if (view.fieldName) rows.push([m.officer.form.field, view.fieldName]);
  if (view.assignedUnitName) rows.push([m.detail.unit, view.assignedUnitName]);
  if (item.dueAt)
    rows.push([
      m.detail.dueOn,
      <>
        {formatVietnamDateTime(item.dueAt)}
        {view.overdue ? <span className="badge-late">{m.officer.overdue}</span> : null}
      </>,
    ]);
  if (view.relatedDossier)
    rows.push([
      m.detail.dossier,
      <>
        <PlainLink href={`/quan-tri/ho-so/${encodeURIComponent(view.relatedDossier.code)}`}>{view.relatedDossier.code}</PlainLink>
        <span className="block text-sm text-slate-700">
          {view.relatedDossier.serviceName} · {statusName(view.relatedDossier.status, "vi")}
        </span>
      </>,
    ]);
  return (
    <section aria-labelledby="thong-tin" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <h2 id="thong-tin" className="sr-only">
        {m.detail.content}
      </h2>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[11rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-4 font-bold">{m.detail.content}</h3>
      <p className="mt-1 break-words whitespace-pre-wrap">{item.content}</p>
      {view.attachments.length > 0 ? (
        <>
          <h3 className="mt-4 font-bold">{m.detail.attachments}</h3>
          <ul className="mt-1 list-disc pl-5">
            {view.attachments.map((file) => (
              <li key={file.id} className="break-words">
                <PlainLink href={FEEDBACK_PATHS.officerAttachment(item.id, file.id)}>{file.name}</PlainLink> ({m.fileSize(file.size)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {item.answerText ? (
        <div className="mt-4 rounded border-l-4 border-brand-700 bg-brand-50 p-3">
          <h3 className="font-bold">{m.detail.answer}</h3>
          <p className="mt-1 break-words whitespace-pre-wrap">{item.answerText}</p>
        </div>
      ) : null}
    </section>
  );
}
