"use client";

import { FormAlert } from "@/components/accounts/form-alert";
import { FormField } from "@/components/accounts/form-field";
import { SubmitButton } from "@/components/accounts/submit-button";
import { useEnhancedForm } from "@/components/accounts/use-enhanced-form";
import { intakeFeedbackAction } from "@/lib/feedback/actions/intake-feedback";
import { FEEDBACK_CHANNELS, FEEDBACK_CHANNEL_LABELS, FEEDBACK_KINDS, FEEDBACK_KIND_LABELS } from "@/lib/feedback/feedback-vocabulary";
import { intakeFeedbackSchema } from "@/lib/feedback/feedback-schemas";
import { SEND_FORM_FIELDS } from "@/lib/feedback/send-form-values";
import { feedbackMessages } from "@/lib/messages/feedback";
import { CheckboxField, ErrorSummary, RadioField, SelectField, TextAreaField } from "./fields";

const m = feedbackMessages;
const fieldId = (name: string) => `nhap-${name}`;
const FIELDS = ["channel", ...SEND_FORM_FIELDS, "answerOnSpot"];

/** The operator's register form: the same fields as the citizen's, plus the channel and an answer given on the spot. */
export function IntakeFeedbackForm({ units }: { units: { id: number; name: string }[] }) {
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, enhancedProps } = useEnhancedForm(intakeFeedbackSchema, intakeFeedbackAction, {
    status: "idle",
    fieldErrors: {},
    values: { channel: "phone" },
  });
  const field = (name: string) => ({ id: fieldId(name), defaultValue: state.values[name], error: errorOf(name), registration: form.register(name) });
  const summary = FIELDS.flatMap((name) => {
    const message = errorOf(name);
    return message ? [{ id: fieldId(name), message }] : [];
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="mt-4 grid max-w-3xl gap-5 rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:p-6">
      <ErrorSummary title={m.send.errorSummary} errors={summary} />
      {state.message && summary.length === 0 ? <FormAlert kind="error">{state.message}</FormAlert> : null}
      <SelectField
        {...field("channel")}
        label={m.officer.channel}
        required
        options={FEEDBACK_CHANNELS.filter((channel) => channel !== "web").map((channel) => ({ value: channel, label: FEEDBACK_CHANNEL_LABELS[channel] }))}
      />
      <RadioField {...field("kind")} label={m.send.kind} required options={FEEDBACK_KINDS.map((kind) => ({ value: kind, label: FEEDBACK_KIND_LABELS[kind] }))} />
      <FormField {...field("subject")} label={m.send.subject} maxLength={200} />
      <TextAreaField {...field("content")} label={m.send.content} required rows={6} maxLength={5000} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField {...field("dossierCode")} label={m.send.dossierCode} required={false} maxLength={40} autoComplete="off" />
        <SelectField {...field("concernedUnitId")} label={m.send.unit} options={[{ value: "", label: m.send.unitNone }, ...units.map((u) => ({ value: String(u.id), label: u.name }))]} />
      </div>
      <FormField {...field("senderName")} label={m.send.name} maxLength={100} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField {...field("senderPhone")} type="tel" label={m.send.phone} required={false} inputMode="tel" maxLength={20} autoComplete="off" />
        <FormField {...field("senderEmail")} type="email" label={m.send.email} required={false} inputMode="email" maxLength={254} autoComplete="off" />
      </div>
      <CheckboxField {...field("consentToPublish")} defaultChecked={state.values.consentToPublish === "on"} label={m.send.consent} />
      <TextAreaField {...field("answerOnSpot")} label={m.officer.answerNow} hint={m.officer.answerNowHint} rows={4} maxLength={5000} />
      <div>
        <SubmitButton label={m.officer.intakeSubmit} pending={pending} />
      </div>
    </form>
  );
}
