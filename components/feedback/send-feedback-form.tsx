"use client";

import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useEnhancedForm } from "@/components/ui/use-enhanced-form";
import { checkFeedbackSubmissionAction } from "@/lib/feedback/actions/check-feedback-submission";
import { FEEDBACK_KINDS } from "@/lib/feedback/feedback-vocabulary";
import { submitFeedbackSchema } from "@/lib/feedback/feedback-schemas";
import { SEND_FORM_FIELDS } from "@/lib/feedback/send-form-values";
import { useTranslations } from "next-intl";
import { CheckboxField, ErrorSummary, RadioField, SelectField, TextAreaField } from "./fields";
import { ReviewFeedback } from "./review-feedback";

const CONTENT_MAX = 5000;

/** The id each field's error summary entry links to (a radio group links to its first radio). */
const fieldId = (name: string) => `pakn-${name}`;

export interface SendFeedbackFormProps {
  units: { id: number; name: string }[];
  initialValues: Record<string, string>;
  /** Largest accepted attachment, in bytes (for the hint). */
  maxBytes: number;
  /** A send refused for its files: the review step again, with the checked text and the file field's message. */
  retry: { values: Record<string, string>; attachmentError: string } | null;
}

/**
 * Step 1 checks what was typed (server action; without JavaScript too) and keeps it on every error;
 * step 2 shows it for review and posts it to the streaming handler. Texts: the feedback namespace
 * (the page wraps it in ClientTexts).
 */
export function SendFeedbackForm({ units, initialValues, maxBytes, retry }: SendFeedbackFormProps) {
  const t = useTranslations("feedback");
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, enhancedProps } = useEnhancedForm(
    submitFeedbackSchema,
    checkFeedbackSubmissionAction,
    retry
      ? { status: "success", fieldErrors: { attachments: retry.attachmentError }, values: retry.values }
      : { status: "idle", fieldErrors: {}, values: initialValues },
  );
  if (state.status === "success") {
    return (
      <ReviewFeedback
        values={state.values}
        units={units}
        editAction={formAction}
        maxBytes={maxBytes}
        attachmentError={state.fieldErrors.attachments}
      />
    );
  }
  const field = (name: string) => ({ id: fieldId(name), defaultValue: state.values[name], error: errorOf(name), registration: form.register(name) });
  const text = (name: string, required = true) => ({
    id: fieldId(name),
    defaultValue: state.values[name],
    error: errorOf(name),
    required,
    ...form.register(name),
  });
  const summary = SEND_FORM_FIELDS.flatMap((name) => {
    const message = errorOf(name);
    return message ? [{ id: fieldId(name), message }] : [];
  });
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      {...enhancedProps}
      className="mt-4 grid max-w-3xl gap-5 rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:p-6"
    >
      <ErrorSummary title={t("send.errorSummary")} errors={summary} />
      {state.message && summary.length === 0 ? <Alert kind="error">{state.message}</Alert> : null}
      <p className="text-sm text-slate-700">{t("send.requiredNote")}</p>
      <h2 className="text-xl font-bold">{t("send.sectionContent")}</h2>
      <RadioField
        {...field("kind")}
        label={t("send.kind")}
        hint={t("send.kindHint")}
        required
        options={FEEDBACK_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
      />
      <TextField {...text("subject")} label={t("send.subject")} hint={t("send.subjectHint")} maxLength={200} />
      <TextAreaField
        {...field("content")}
        label={t("send.content")}
        hint={t("send.contentHint", { max: CONTENT_MAX })}
        required
        rows={8}
        maxLength={CONTENT_MAX}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...text("dossierCode", false)} label={t("send.dossierCode")} hint={t("send.dossierCodeHint")} maxLength={40} autoComplete="off" />
        <SelectField
          {...field("concernedUnitId")}
          label={t("send.unit")}
          hint={t("send.unitHint")}
          options={[{ value: "", label: t("send.unitNone") }, ...units.map((unit) => ({ value: String(unit.id), label: unit.name }))]}
        />
      </div>
      <h2 className="text-xl font-bold">{t("send.sectionContact")}</h2>
      <TextField {...text("senderName")} label={t("send.name")} autoComplete="name" maxLength={100} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          {...text("senderPhone")}
          type="tel"
          label={t("send.phone")}
          hint={t("send.phoneHint")}
          autoComplete="tel"
          inputMode="tel"
          maxLength={20}
        />
        <TextField
          {...text("senderEmail", false)}
          type="email"
          label={t("send.email")}
          hint={t("send.emailHint")}
          autoComplete="email"
          inputMode="email"
          maxLength={254}
        />
      </div>
      <CheckboxField {...field("consentToPublish")} defaultChecked={state.values.consentToPublish === "on"} label={t("send.consent")} />
      <p className="text-sm text-slate-700">{t("send.reviewNote")}</p>
      <div>
        <SubmitButton pending={pending}>{t("send.next")}</SubmitButton>
      </div>
    </form>
  );
}
