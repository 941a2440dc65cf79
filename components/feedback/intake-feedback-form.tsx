"use client";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CheckboxField, ChoiceGroup, SelectField, TextareaField, TextField } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { SubmitButton } from "@/components/ui/submit-button";
import { useEnhancedForm } from "@/components/ui/use-enhanced-form";
import { intakeFeedbackAction } from "@/lib/feedback/actions/intake-feedback";
import { intakeFeedbackSchema } from "@/lib/feedback/feedback-schemas";
import { SEND_FORM_FIELDS } from "@/lib/feedback/send-form-values";
import { feedbackOfficerMessageKey } from "@/lib/feedback/officer-message-key";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { FeedbackForm, feedbackFields, summaryProps } from "./feedback-fields";

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
  const enhanced = useEnhancedForm(intakeFeedbackSchema, intakeFeedbackAction, {
    status: "idle",
    fieldErrors: {},
    values: { channel: "phone" },
  });
  // The rules' messages (from the schema here or from the action) are turned into the reader's language.
  const errorOf = (name: string) => {
    const message = enhanced.errorOf(name);
    return message ? say(feedbackOfficerMessageKey(message)) : undefined;
  };
  const { control, choices, checkbox, summary } = feedbackFields("nhap", FIELDS, { ...enhanced, errorOf });
  const { state, pending } = enhanced;
  return (
    <FeedbackForm enhanced={enhanced}>
      <ErrorSummary title={m.errorSummary} {...summaryProps(summary)} />
      {state.message && summary.length === 0 ? <Alert kind="error">{say(feedbackOfficerMessageKey(state.message))}</Alert> : null}
      {/* A select keeps its first default value: a new key puts the posted choice back after an error. */}
      <SelectField {...control("channel", true)} key={`channel-${state.values.channel ?? ""}`} label={m.channel}>
        <Options choices={m.channels} />
      </SelectField>
      <ChoiceGroup {...choices("kind", true)} legend={m.kind} choices={m.kinds} />
      <TextField {...control("subject", true)} label={m.subject} maxLength={200} />
      <TextareaField {...control("content", true)} label={m.content} rows={6} maxLength={5000} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...control("dossierCode")} label={m.dossierCode} maxLength={40} autoComplete="off" />
        <SelectField {...control("concernedUnitId")} key={`unit-${state.values.concernedUnitId ?? ""}`} label={m.unit}>
          <Options choices={[{ value: "", label: m.unitNone }, ...units.map((u) => ({ value: String(u.id), label: u.name }))]} />
        </SelectField>
      </div>
      <TextField {...control("senderName", true)} label={m.name} maxLength={100} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...control("senderPhone")} type="tel" label={m.phone} inputMode="tel" maxLength={20} autoComplete="off" />
        <TextField {...control("senderEmail")} type="email" label={m.email} inputMode="email" maxLength={254} autoComplete="off" />
      </div>
      <CheckboxField {...checkbox("consentToPublish")} label={m.consent} />
      <TextareaField {...control("answerOnSpot")} label={m.answerNow} hint={m.answerNowHint} rows={4} maxLength={5000} />
      <div>
        <SubmitButton pending={pending}>{m.submit}</SubmitButton>
      </div>
    </FeedbackForm>
  );
}
