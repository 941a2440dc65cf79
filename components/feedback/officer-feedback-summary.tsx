import { PlainLink } from "@/components/catalog/plain-link";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { FEEDBACK_PATHS } from "@/lib/feedback/feedback-links";
import type { OfficerFeedbackView } from "@/lib/feedback/officer-feedback-view";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locales";
import { statusName } from "@/lib/tracking/status-names";

const MB = 1024 * 1024;

/** What the officer needs to handle an item: the sender, the facts, the content and any answer. */
export async function OfficerFeedbackSummary({ view }: { view: OfficerFeedbackView }) {
  const t = await getTranslations("feedbackOfficer");
  const locale = await getLocale();
  const fileSize = (bytes: number) =>
    bytes >= MB ? t("detail.fileSizeMb", { size: bytes / MB }) : t("detail.fileSizeKb", { size: Math.max(1, Math.round(bytes / 1024)) });
  const item = view.item;
  const rows: [string, React.ReactNode][] = [
    [t("detail.status"), t(`statuses.${item.status}`)],
    [t("detail.kind"), t(`kinds.${item.kind}`)],
    [t("columns.channel"), t(`channels.${item.channel}`)],
    [t("columns.receivedAt"), formatVietnamDateTime(item.submittedAt)],
    [t("caller"), item.senderName],
    [t("phone"), item.senderPhone || "—"],
    [t("email"), item.senderEmail || "—"],
    [t("consent"), item.consentToPublish ? t("yes") : t("no")],
  ];
  if (view.concernedUnitName) rows.push([t("detail.concernedUnit"), view.concernedUnitName]);
  if (view.fieldName) rows.push([t("detail.field"), view.fieldName]);
  if (view.assignedUnitName) rows.push([t("detail.assignedUnit"), view.assignedUnitName]);
  if (item.dueAt)
    rows.push([
      t("detail.dueOn"),
      <>
        {formatVietnamDateTime(item.dueAt)}
        {view.overdue ? <span className="badge-late">{t("overdue")}</span> : null}
      </>,
    ]);
  if (view.relatedDossier)
    rows.push([
      t("detail.dossier"),
      <>
        <PlainLink href={`/quan-tri/ho-so/${encodeURIComponent(view.relatedDossier.code)}`}>{view.relatedDossier.code}</PlainLink>
        <span className="block text-sm text-slate-700">
          {view.relatedDossier.serviceName} · {statusName(view.relatedDossier.status, isLocale(locale) ? locale : "vi")}
        </span>
      </>,
    ]);
  return (
    <section aria-labelledby="thong-tin" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <h2 id="thong-tin" className="sr-only">
        {t("detail.content")}
      </h2>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[11rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-4 font-bold">{t("detail.content")}</h3>
      <p className="mt-1 break-words whitespace-pre-wrap">{item.content}</p>
      {view.attachments.length > 0 ? (
        <>
          <h3 className="mt-4 font-bold">{t("detail.attachments")}</h3>
          <ul className="mt-1 list-disc pl-5">
            {view.attachments.map((file) => (
              <li key={file.id} className="break-words">
                <PlainLink href={FEEDBACK_PATHS.officerAttachment(item.id, file.id)}>{file.name}</PlainLink> ({fileSize(file.size)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {item.answerText ? (
        <div className="mt-4 rounded border-l-4 border-brand-700 bg-brand-50 p-3">
          <h3 className="font-bold">{t("detail.answer")}</h3>
          <p className="mt-1 break-words whitespace-pre-wrap">{item.answerText}</p>
        </div>
      ) : null}
    </section>
  );
}
