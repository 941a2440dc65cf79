"use client";

import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useEnhancedForm } from "@/components/ui/use-enhanced-form";
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
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, enhancedProps } = useEnhancedForm(
    intakeFeedbackSchema,
    intakeFeedbackAction,
    {
      status: "idle",
      fieldErrors: {},
      values: { channel: "phone" },
    },
  );
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
      <ErrorSummary title={m.send.errorSummary} errors={summary} />
      {state.message && summary.length === 0 ? <Alert kind="error">{state.message}</Alert> : null}
      <SelectField
        {...field("channel")}
        label={m.officer.channel}
        required
        options={FEEDBACK_CHANNELS.filter((channel) => channel !== "web").map((channel) => ({
          value: channel,
          label: FEEDBACK_CHANNEL_LABELS[channel],
        }))}
      />
      <RadioField
        {...field("kind")}
        label={m.send.kind}
        required
        options={FEEDBACK_KINDS.map((kind) => ({ value: kind, label: FEEDBACK_KIND_LABELS[kind] }))}
      />
      <TextField {...text("subject")} label={m.send.subject} maxLength={200} />
      <TextAreaField {...field("content")} label={m.send.content} required rows={6} maxLength={5000} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...text("dossierCode", false)} label={m.send.dossierCode} maxLength={40} autoComplete="off" />
        <SelectField
          {...field("concernedUnitId")}
          label={m.send.unit}
          options={[{ value: "", label: m.send.unitNone }, ...units.map((u) => ({ value: String(u.id), label: u.name }))]}
        />
      </div>
      <TextField {...text("senderName")} label={m.send.name} maxLength={100} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...text("senderPhone", false)} type="tel" label={m.send.phone} inputMode="tel" maxLength={20} autoComplete="off" />
        <TextField {...text("senderEmail", false)} type="email" label={m.send.email} inputMode="email" maxLength={254} autoComplete="off" />
      </div>
      <CheckboxField {...field("consentToPublish")} defaultChecked={state.values.consentToPublish === "on"} label={m.send.consent} />
      <TextAreaField {...field("answerOnSpot")} label={m.officer.answerNow} hint={m.officer.answerNowHint} rows={4} maxLength={5000} />
      <div>
        <SubmitButton pending={pending}>{m.officer.intakeSubmit}</SubmitButton>
      </div>
    </form>
  );
}
