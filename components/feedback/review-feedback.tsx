import { controlProps, Field } from "@/components/ui/field";
import { MAX_ATTACHMENTS } from "@/lib/feedback/feedback-schemas";
import { FEEDBACK_KINDS } from "@/lib/feedback/feedback-vocabulary";
import { SEND_FORM_FIELDS } from "@/lib/feedback/send-form-values";
import { feedbackFileSize } from "@/lib/feedback/feedback-file-size";
import { localizeHref } from "@/lib/i18n/locales";
import { useLocale, useTranslations } from "next-intl";

function Hidden({ values }: { values: Record<string, string> }) {
  return SEND_FORM_FIELDS.map((name) => <input key={name} type="hidden" name={name} value={values[name] ?? ""} />);
}

/** The id of the file field (the refused send's redirect lands on it). */
const ATTACHMENTS_ID = "pakn-attachments";

/**
 * Step 2: what was checked, to read once more; "Sửa lại" (Change) goes back to the form with it, "Gửi" posts it as
 * one multipart form to the handler that reads it as a stream (no JavaScript needed), with the optional
 * files after the text fields. A refused file brings this step back with `attachmentError` beside the field.
 */
export function ReviewFeedback({
  values,
  units,
  editAction,
  maxBytes,
  attachmentError,
}: {
  values: Record<string, string>;
  units: { id: number; name: string }[];
  editAction: (formData: FormData) => void;
  maxBytes: number;
  attachmentError?: string;
}) {
  const t = useTranslations("feedback");
  const locale = useLocale();
  const kind = FEEDBACK_KINDS.find((k) => k === values.kind);
  const unit = units.find((u) => String(u.id) === values.concernedUnitId);
  const rows: [string, string][] = [
    [t("send.kind"), kind ? t(`kinds.${kind}`) : ""],
    [t("send.subject"), values.subject ?? ""],
    [t("send.content"), values.content ?? ""],
    [t("send.dossierCode"), values.dossierCode || t("send.none")],
    [t("send.unit"), unit?.name ?? t("send.unitNone")],
    [t("send.name"), values.senderName ?? ""],
    [t("send.phone"), values.senderPhone ?? ""],
    [t("send.email"), values.senderEmail || t("send.none")],
    [t("send.consentShort"), values.consentToPublish === "on" ? t("send.consentYes") : t("send.consentNo")],
  ];
  return (
    <section aria-labelledby="kiem-tra" className="mt-4 grid max-w-3xl gap-4 rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:p-6">
      <h2 id="kiem-tra" className="text-xl font-bold" tabIndex={-1}>
        {t("send.reviewTitle")}
      </h2>
      <p>{t("send.reviewIntro")}</p>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="break-words whitespace-pre-wrap">{value}</dd>
          </div>
        ))}
      </dl>
      <form action={editAction}>
        <Hidden values={values} />
        <input type="hidden" name="intent" value="edit" />
        <button type="submit" className="rounded border-2 border-brand-700 bg-white px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50">
          {t("send.edit")}
        </button>
      </form>
      <form
        method="post"
        action={localizeHref("/phan-anh-kien-nghi/gui", locale)}
        encType="multipart/form-data"
        className="grid gap-4 border-t border-slate-200 pt-4"
      >
        <Hidden values={values} />
        <Field
          id={ATTACHMENTS_ID}
          label={t("send.attachments")}
          hint={t("send.attachmentsHint", { max: MAX_ATTACHMENTS, size: feedbackFileSize(maxBytes, locale) })}
          error={attachmentError}
          optional
        >
          <input
            type="file"
            name="attachments"
            multiple
            accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
            className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border file:border-slate-500 file:bg-white file:px-3 file:py-1.5 file:text-slate-900"
            {...controlProps({ id: ATTACHMENTS_ID, hint: true, error: attachmentError })}
          />
        </Field>
        <div>
          <button type="submit" className="w-full rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 sm:w-auto">
            {t("send.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
