"use client";

import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useEnhancedForm } from "@/components/ui/use-enhanced-form";
import { intakeFeedbackAction } from "@/lib/feedback/actions/intake-feedback";
import { intakeFeedbackSchema } from "@/lib/feedback/feedback-schemas";
import { SEND_FORM_FIELDS } from "@/lib/feedback/send-form-values";
import { feedbackOfficerMessageKey } from "@/lib/feedback/officer-message-key";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { CheckboxField, ErrorSummary, RadioField, SelectField, TextAreaField } from "./fields";

const fieldId = (name: string) => `nhap-${name}`;
const FIELDS = ["channel", ...SEND_FORM_FIELDS, "answerOnSpot"];

type Choice = { value: string; label: string };

/** The form's texts in the reader's language, from the page (the feedbackOfficer namespace stays on the server). */
export interface IntakeFeedbackFormTexts {
  errorSummary: string;
  channel: string;
  channels: Choice[];
  kind: string;
  kinds: Choice[];
  subject: string;
  content: string;
  dossierCode: string;
  unit: string;
  unitNone: string;
  name: string;
  phone: string;
  email: string;
  consent: string;
  answerNow: string;
  answerNowHint: string;
  submit: string;
}

/** The operator's register form: the same fields as the citizen's, plus the channel and an answer given on the spot. */
export function IntakeFeedbackForm({ texts: m, units }: { texts: IntakeFeedbackFormTexts; units: { id: number; name: string }[] }) {
  const say = useMessageText();
  const {
    state,
    form,
    formRef,
    formAction,
    onSubmit,
    pending,
    errorOf: rawErrorOf,
    enhancedProps,
  } = useEnhancedForm(intakeFeedbackSchema, intakeFeedbackAction, {
    status: "idle",
    fieldErrors: {},
    values: { channel: "phone" },
  });
  // The rules' messages (from the schema here or from the action) are turned into the reader's language.
  const errorOf = (name: string) => {
    const message = rawErrorOf(name);
    return message ? say(feedbackOfficerMessageKey(message)) : undefined;
  };
  const field = (name: string) => ({ id: fieldId(name), defaultValue: state.values[name], error: errorOf(name), registration: form.register(name) });
  const text = (name: string, required = true) => ({
    id: fieldId(name),
    defaultValue: state.values[name],
    error: errorOf(name),
    required,
    ...form.register(name),
  });
  const summary = FIELDS.flatMap((name) => {
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
      <ErrorSummary title={m.errorSummary} errors={summary} />
      {state.message && summary.length === 0 ? <Alert kind="error">{say(feedbackOfficerMessageKey(state.message))}</Alert> : null}
      <SelectField {...field("channel")} label={m.channel} required options={m.channels} />
      <RadioField {...field("kind")} label={m.kind} required options={m.kinds} />
      <TextField {...text("subject")} label={m.subject} maxLength={200} />
      <TextAreaField {...field("content")} label={m.content} required rows={6} maxLength={5000} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...text("dossierCode", false)} label={m.dossierCode} maxLength={40} autoComplete="off" />
        <SelectField
          {...field("concernedUnitId")}
          label={m.unit}
          options={[{ value: "", label: m.unitNone }, ...units.map((u) => ({ value: String(u.id), label: u.name }))]}
        />
      </div>
      <TextField {...text("senderName")} label={m.name} maxLength={100} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...text("senderPhone", false)} type="tel" label={m.phone} inputMode="tel" maxLength={20} autoComplete="off" />
        <TextField {...text("senderEmail", false)} type="email" label={m.email} inputMode="email" maxLength={254} autoComplete="off" />
      </div>
      <CheckboxField {...field("consentToPublish")} defaultChecked={state.values.consentToPublish === "on"} label={m.consent} />
      <TextAreaField {...field("answerOnSpot")} label={m.answerNow} hint={m.answerNowHint} rows={4} maxLength={5000} />
      <div>
        <SubmitButton pending={pending}>{m.submit}</SubmitButton>
      </div>
    </form>
  );
}
