"use client";

import { useActionState, useId } from "react";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextareaField } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { SubmitButton } from "@/components/ui/submit-button";
import { takeFeedbackAction } from "@/lib/feedback/actions/take-feedback-action";
import { INITIAL_FEEDBACK_ACTION_STATE, NEGATIVE_FEEDBACK_ACTIONS } from "@/lib/feedback/feedback-action-form-state";
import type { FeedbackAction } from "@/lib/feedback/feedback-machine";
import { useMessageText } from "@/lib/i18n/use-message-text";

type Option = { id: number; name: string };

/** What each action asks for. */
const NEEDS: Partial<
  Record<FeedbackAction, { answer?: boolean; note?: "required" | "optional"; unit?: boolean; field?: boolean; published?: boolean }>
> = {
  classify: { field: true, unit: true, note: "optional" },
  answer: { answer: true },
  close: { note: "required" },
  forward: { unit: true, field: true, note: "optional" },
  "return-to-centre": { note: "required" },
  "agency-answer": { answer: true },
  "approve-answer": { answer: true },
  "request-revision": { note: "required" },
  publish: { published: true },
  unpublish: { note: "optional" },
};

/** The form's texts in the reader's language, from the page (the feedbackOfficer namespace stays on the server). */
export interface FeedbackActionFormTexts {
  /** The action's name (the heading and the button). */
  label: string;
  /** The button while confirming: "Xác nhận: <label>". */
  confirmLabel: string;
  confirmQuestion: string;
  field: string;
  unit: string;
  answer: string;
  maskedHint: string;
  maskedSubject: string;
  maskedQuestion: string;
  maskedAnswer: string;
  reason: string;
  note: string;
}

export interface FeedbackActionFormProps {
  action: FeedbackAction;
  texts: FeedbackActionFormTexts;
  feedbackId: string;
  version: number;
  units: Option[];
  fields: Option[];
  /** Prefilled values: the agency's answer to review, the masked texts to publish, the deadline. */
  defaults: Record<string, string>;
  primary?: boolean;
}

/**
 * One action on a feedback item as its own form (works without JavaScript). After an error the form comes
 * back with what was typed; a negative action comes back first asking for confirmation.
 */
export function FeedbackActionForm({ action, texts: m, feedbackId, version, units, fields, defaults, primary = false }: FeedbackActionFormProps) {
  const [state, formAction, pending] = useActionState(takeFeedbackAction, INITIAL_FEEDBACK_ACTION_STATE);
  const id = useId();
  const text = useMessageText();
  const needs = NEEDS[action] ?? {};
  const negative = NEGATIVE_FEEDBACK_ACTIONS.includes(action);
  const typed = (name: string) => state.values[name] ?? defaults[name] ?? "";
  const err = (name: string) => {
    const message = state.fieldErrors[name];
    return message ? text(message) : undefined;
  };
  const label = m.label;
  const select = (name: "unitId" | "fieldId", text: string, options: Option[]) => (
    // A select keeps its first default value: a new key puts the posted choice back after an error.
    <SelectField key={typed(name)} id={`${id}-${name}`} name={name} label={text} defaultValue={typed(name)} error={err(name)} fieldClassName="mt-2">
      <Options choices={[{ value: "", label: "—" }, ...options.map((option) => ({ value: String(option.id), label: option.name }))]} />
    </SelectField>
  );
  const textarea = (name: string, text: string, rows: number) => (
    <TextareaField
      id={`${id}-${name}`}
      name={name}
      label={text}
      rows={rows}
      maxLength={10_000}
      defaultValue={typed(name)}
      error={err(name)}
      fieldClassName="mt-2"
    />
  );
  return (
    <form
      action={formAction}
      className={`rounded bg-white p-3 ${primary ? "border-2 border-brand-700" : negative ? "border border-accent-700/40" : "border border-slate-300"}`}
    >
      <input type="hidden" name="feedbackId" value={feedbackId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="action" value={action} />
      <h3 className="font-semibold text-brand-900">{label}</h3>
      {state.message ? (
        <div className="mt-2">
          <Alert kind="error">{text(state.message)}</Alert>
        </div>
      ) : null}
      {needs.field ? select("fieldId", m.field, fields) : null}
      {needs.unit ? select("unitId", m.unit, units) : null}
      {needs.answer ? textarea("answer", m.answer, 6) : null}
      {needs.published ? (
        <>
          <p id={`${id}-published-goi-y`} className="mt-2 text-sm text-slate-700">
            {m.maskedHint}
          </p>
          {textarea("subject", m.maskedSubject, 2)}
          {textarea("content", m.maskedQuestion, 5)}
          {textarea("answer", m.maskedAnswer, 5)}
        </>
      ) : null}
      {needs.note ? textarea("note", needs.note === "required" ? m.reason : m.note, 3) : null}
      {state.confirm ? (
        <div role="alert" className="mt-2 rounded border-l-4 border-accent-700 bg-red-50 p-2">
          <p className="font-semibold">{m.confirmQuestion}</p>
          <input type="hidden" name="confirm" value="yes" />
        </div>
      ) : null}
      <SubmitButton pending={pending} variant={negative ? "negative" : primary ? "primary" : "secondary"} className="mt-3">
        {state.confirm ? m.confirmLabel : label}
      </SubmitButton>
    </form>
  );
}
