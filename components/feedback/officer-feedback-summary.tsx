import { PlainLink } from "@/components/catalog/plain-link";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { FEEDBACK_CHANNEL_LABELS, FEEDBACK_KIND_LABELS, FEEDBACK_STATUS_LABELS } from "@/lib/feedback/feedback-vocabulary";
import type { OfficerFeedbackView } from "@/lib/feedback/feedback-views";
import { feedbackMessages } from "@/lib/messages/feedback";

const m = feedbackMessages;

/** What the officer needs to handle an item: the sender, the facts, the content and any answer. */
export function OfficerFeedbackSummary({ item }: { item: OfficerFeedbackView }) {
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
  if (item.concernedUnitName) rows.push([m.send.unit, item.concernedUnitName]);
  if (item.fieldName) rows.push([m.officer.form.field, item.fieldName]);
  if (item.assignedUnitName) rows.push([m.detail.unit, item.assignedUnitName]);
  if (item.dueAt)
    rows.push([
      m.detail.dueOn,
      <>
        {formatVietnamDateTime(item.dueAt)}
        {item.overdue ? <span className="badge-late">{m.officer.overdue}</span> : null}
      </>,
    ]);
  if (item.relatedDossierCode)
    rows.push([m.detail.dossier, <PlainLink href={`/quan-tri/ho-so/${encodeURIComponent(item.relatedDossierCode)}`}>{item.relatedDossierCode}</PlainLink>]);
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
      <p className="mt-1 whitespace-pre-wrap break-words">{item.content}</p>
      {item.attachments.length > 0 ? (
        <>
          <h3 className="mt-4 font-bold">{m.detail.attachments}</h3>
          <ul className="mt-1 list-disc pl-5">
            {item.attachments.map((file) => (
              <li key={file.id} className="break-words">
                {file.fileName}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {item.answerText ? (
        <div className="mt-4 rounded border-l-4 border-brand-700 bg-brand-50 p-3">
          <h3 className="font-bold">{m.detail.answer}</h3>
          <p className="mt-1 whitespace-pre-wrap break-words">{item.answerText}</p>
        </div>
      ) : null}
    </section>
  );
}
