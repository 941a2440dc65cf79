import { formatVietnamDateTime } from "@/lib/calendar/format";
import type { CitizenFeedbackView } from "@/lib/feedback/citizen-feedback-view";
import { feedbackFileSize } from "@/lib/feedback/feedback-file-size";
import { useLocale, useTranslations } from "next-intl";
import { FeedbackHistory } from "./feedback-history";

/**
 * One item as its sender sees it: status, what they sent, the public steps and the answer. What the sender
 * and the officers wrote is shown as written (lang is not set: it may be either language); the history's
 * notes are the officers' Vietnamese record.
 */
export function CitizenFeedbackDetail({ item, children }: { item: CitizenFeedbackView; children?: React.ReactNode }) {
  const t = useTranslations("feedback");
  const locale = useLocale();
  const stepLabel = (action: string) => (t.has(`steps.${action}` as "steps.submit") ? t(`steps.${action}` as "steps.submit") : action);
  const facts: [string, string][] = [
    [t("detail.status"), t(`statuses.${item.status}`)],
    [t("detail.kind"), t(`kinds.${item.kind}`)],
    [t("detail.sentAt"), formatVietnamDateTime(item.submittedAt)],
    ...(item.relatedDossierCode ? [[t("detail.dossier"), item.relatedDossierCode] as [string, string]] : []),
    ...(item.handlingUnitName ? [[t("detail.unit"), item.handlingUnitName] as [string, string]] : []),
  ];
  return (
    <article aria-labelledby="pakn-tieu-de" className="mt-4 grid max-w-3xl gap-4 rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:p-6">
      <header>
        <p className="font-mono text-sm text-slate-700">{item.code}</p>
        <h2 id="pakn-tieu-de" className="text-xl font-bold break-words">
          {item.subject}
        </h2>
      </header>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="pakn-noi-dung">
        <h3 id="pakn-noi-dung" className="font-bold">
          {t("detail.content")}
        </h3>
        <p className="mt-1 break-words whitespace-pre-wrap">{item.content}</p>
        {item.attachments.length > 0 ? (
          <>
            <h4 className="mt-3 font-semibold">{t("detail.attachments")}</h4>
            <ul className="mt-1 list-disc pl-5">
              {item.attachments.map((file) => (
                <li key={file.id} className="break-words">
                  {file.name} ({feedbackFileSize(file.size, locale)})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section aria-labelledby="pakn-tra-loi" className="rounded border-l-4 border-brand-700 bg-brand-50 p-3">
        <h3 id="pakn-tra-loi" className="font-bold">
          {t("detail.answer")}
        </h3>
        {item.answerText ? (
          <>
            {item.answeredAt ? (
              <p className="text-sm text-slate-700">{t("detail.answeredAt", { at: formatVietnamDateTime(item.answeredAt) })}</p>
            ) : null}
            <p className="mt-1 break-words whitespace-pre-wrap">{item.answerText}</p>
          </>
        ) : (
          <p className="mt-1">{t("detail.noAnswer")}</p>
        )}
      </section>
      {children}
      <FeedbackHistory entries={item.history.map((entry) => ({ at: entry.at, label: stepLabel(entry.action), note: entry.note }))} />
    </article>
  );
}
