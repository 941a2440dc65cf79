"use client";

import { useActionState, useId } from "react";
import { useLocale } from "next-intl";
import { takeOfficerAction } from "@/lib/officers/actions/take-officer-action";
import { INITIAL_ACTION_STATE } from "@/lib/officers/action-form-schema";
import { stepsOf, type ActionTone, type FormAction } from "@/lib/officers/plan-dossier-actions";
import { localizeHref, type Locale } from "@/lib/i18n/locales";
import type { WorkflowAction } from "@/lib/workflow/status-machine";
import { Alert } from "@/components/ui/alert";
import { CheckboxField, SelectField, TextareaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionFormTexts } from "./action-form-texts";

const FORM_CLASSES: Record<ActionTone, string> = {
  primary: "border-2 border-brand-700",
  secondary: "border border-slate-300",
  negative: "border border-accent-700/40",
};

export interface ActionFormProps {
  action: FormAction;
  tone?: ActionTone;
  dossierId: string;
  code: string;
  version: number;
  /** The unit's specialists, least loaded first; `defaultAssigneeId` is preselected. */
  specialists: { id: string; fullName: string }[];
  defaultAssigneeId?: string | null;
  /** Prefilled facts of the result: the signed-in leader and today (yyyy-mm-dd), editable. */
  resultDefaults?: { signer: string; signedOn: string };
  fullyOnline: boolean;
  /** cancel-payment, refund-payment: the fee concerned. */
  paymentId?: string;
  /** Its words, from actionFormTexts (./action-form-texts.ts) on the server. */
  texts: ActionFormTexts;
}

const NOTE_REQUIRED: WorkflowAction[] = ["refuse", "stop", "send-back", "request-supplement", "record-apology", "cancel-payment", "refund-payment"];

/**
 * One workflow action (or a combined pair) as a form: it posts to the server action with or without
 * JavaScript. A negative action comes back first as a confirmation, with what was typed.
 */
export function ActionForm({
  action,
  tone = "secondary",
  dossierId,
  code,
  version,
  specialists,
  defaultAssigneeId,
  resultDefaults,
  fullyOnline,
  paymentId,
  texts: m,
}: ActionFormProps) {
  const [state, formAction] = useActionState(takeOfficerAction, INITIAL_ACTION_STATE);
  const id = useId();
  const steps = stepsOf(action);
  const first = steps[0]!;
  const label = m.label;
  const locale = useLocale() as Locale;
  // After an error the form comes back with what was typed (React resets a form to its default values).
  const typed = (name: string, fallback = "") => state.values[name] ?? fallback;
  /** The id, name, typed value and message of one field. */
  const field = (name: string, suffix: string, fallback = "") => ({
    id: `${id}-${suffix}`,
    name,
    defaultValue: typed(name, fallback),
    error: state.fieldErrors[name],
  });
  const confirming = state.confirm === true;
  return (
    <form action={formAction} className={`grid gap-2 rounded bg-white p-3 ${FORM_CLASSES[tone]}`}>
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="action" value={action} />
      {paymentId ? <input type="hidden" name="paymentId" value={paymentId} /> : null}
      <h3 className="font-semibold text-brand-900">{label}</h3>
      {steps.includes("assign") ? (
        <SelectField
          {...field("assigneeId", "assignee", defaultAssigneeId ?? "")}
          // A select keeps its first default value: a new key puts the typed choice back after an error.
          key={typed("assigneeId", defaultAssigneeId ?? "")}
          label={m.assignee}
          required
        >
          <option value="">—</option>
          {specialists.map((s) => (
            <option key={s.id} value={s.id}>
              {s.fullName}
            </option>
          ))}
        </SelectField>
      ) : null}
      {action === "request-payment" ? <TextField {...field("amount", "amount")} label={m.amount} inputMode="numeric" required /> : null}
      {steps.includes("mark-processed") ? (
        // One column: the form sits in the page's narrow side column.
        <div className="grid gap-2">
          <TextField {...field("resultNumber", "number")} label={m.resultNumber} required />
          <TextField {...field("resultSigner", "signer", resultDefaults?.signer)} label={m.resultSigner} required />
          <TextField {...field("resultSignedOn", "signed", resultDefaults?.signedOn)} type="date" label={m.resultSignedOn} required />
          {resultDefaults ? <p className="text-sm text-slate-700">{m.prefilled}</p> : null}
        </div>
      ) : null}
      {action === "record-apology" ? <TextField {...field("newAppointment", "appointment")} type="date" label={m.newAppointment} required /> : null}
      {action === "return-result" && !fullyOnline ? (
        <CheckboxField
          id={`${id}-handover`}
          name="handover"
          label={m.handover}
          defaultChecked={typed("handover") === "on"}
          error={state.fieldErrors.handover}
        />
      ) : null}
      <TextareaField
        {...field("note", "note")}
        // Back from the confirmation step the reason is shown as typed.
        key={confirming ? "confirming" : "typing"}
        label={m.noteLabel}
        rows={first === "request-supplement" ? 4 : 2}
        required={NOTE_REQUIRED.includes(first)}
      />
      {state.message ? (
        <Alert kind="error" className="text-sm font-semibold">
          {state.message}
        </Alert>
      ) : null}
      {confirming ? (
        <div role="alert" className="mt-1 rounded border-2 border-accent-700 bg-red-50 p-3">
          <p className="font-semibold text-accent-700">{m.confirmTitle}</p>
          <p className="mt-1 text-sm">{m.confirmConsequence}</p>
          <input type="hidden" name="confirmed" value="1" />
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <SubmitButton variant="danger">{m.confirmButton}</SubmitButton>
            <a href={localizeHref(`/quan-tri/ho-so/${encodeURIComponent(code)}`, locale)} className="font-semibold underline">
              {m.confirmCancel}
            </a>
          </div>
        </div>
      ) : (
        <div className="mt-1">
          <SubmitButton variant={tone}>{label}</SubmitButton>
        </div>
      )}
    </form>
  );
}
