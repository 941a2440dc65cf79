"use client";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CheckboxField, ChoiceGroup, SelectField, TextareaField, TextField } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { SubmitButton } from "@/components/ui/submit-button";
import { useEnhancedForm } from "@/components/ui/use-enhanced-form";
import { checkFeedbackSubmissionAction } from "@/lib/feedback/actions/check-feedback-submission";
import { FEEDBACK_KINDS } from "@/lib/feedback/feedback-vocabulary";
import { submitFeedbackSchema } from "@/lib/feedback/feedback-schemas";
import { SEND_FORM_FIELDS } from "@/lib/feedback/send-form-values";
import { useTranslations } from "next-intl";
import { FeedbackForm, feedbackFields, summaryProps } from "./feedback-fields";
import { ReviewFeedback } from "./review-feedback";

const CONTENT_MAX = 5000;

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
  const enhanced = useEnhancedForm(
    submitFeedbackSchema,
    checkFeedbackSubmissionAction,
    retry
      ? { status: "success", fieldErrors: { attachments: retry.attachmentError }, values: retry.values }
      : { status: "idle", fieldErrors: {}, values: initialValues },
  );
  const { state, formAction, pending } = enhanced;
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
  const { control, choices, checkbox, summary } = feedbackFields("pakn", SEND_FORM_FIELDS, enhanced);
  return (
    <FeedbackForm enhanced={enhanced}>
      <ErrorSummary title={t("send.errorSummary")} {...summaryProps(summary)} />
      {state.message && summary.length === 0 ? <Alert kind="error">{state.message}</Alert> : null}
      <h2 className="text-xl font-bold">{t("send.sectionContent")}</h2>
      <ChoiceGroup
        {...choices("kind", true)}
        legend={t("send.kind")}
        hint={t("send.kindHint")}
        choices={FEEDBACK_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
      />
      <TextField {...control("subject", true)} label={t("send.subject")} hint={t("send.subjectHint")} maxLength={200} />
      <TextareaField
        {...control("content", true)}
        label={t("send.content")}
        hint={t("send.contentHint", { max: CONTENT_MAX })}
        rows={8}
        maxLength={CONTENT_MAX}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...control("dossierCode")} label={t("send.dossierCode")} hint={t("send.dossierCodeHint")} maxLength={40} autoComplete="off" />
        <SelectField
          {...control("concernedUnitId")}
          // A select keeps its first default value: a new key puts the posted choice back after an error.
          key={state.values.concernedUnitId ?? ""}
          label={t("send.unit")}
          hint={t("send.unitHint")}
        >
          <Options choices={[{ value: "", label: t("send.unitNone") }, ...units.map((unit) => ({ value: String(unit.id), label: unit.name }))]} />
        </SelectField>
      </div>
      <h2 className="text-xl font-bold">{t("send.sectionContact")}</h2>
      <TextField {...control("senderName", true)} label={t("send.name")} autoComplete="name" maxLength={100} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          {...control("senderPhone", true)}
          type="tel"
          label={t("send.phone")}
          hint={t("send.phoneHint")}
          autoComplete="tel"
          inputMode="tel"
          maxLength={20}
        />
        <TextField
          {...control("senderEmail")}
          type="email"
          label={t("send.email")}
          hint={t("send.emailHint")}
          autoComplete="email"
          inputMode="email"
          maxLength={254}
        />
      </div>
      <CheckboxField {...checkbox("consentToPublish")} label={t("send.consent")} />
      <p className="text-sm text-slate-700">{t("send.reviewNote")}</p>
      <div>
        <SubmitButton pending={pending}>{t("send.next")}</SubmitButton>
      </div>
    </FeedbackForm>
  );
}
