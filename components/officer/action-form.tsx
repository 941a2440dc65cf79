"use client";

import { useActionState, useId } from "react";
import { takeOfficerAction } from "@/lib/officers/actions/take-officer-action";
import { INITIAL_ACTION_STATE } from "@/lib/officers/action-form-schema";
import { stepsOf, type ActionTone, type FormAction } from "@/lib/officers/plan-dossier-actions";
import { formActionLabel, officerMessages as m } from "@/lib/messages/officer";
import type { WorkflowAction } from "@/lib/workflow/status-machine";

const inputClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900";
const BUTTON_CLASSES: Record<ActionTone, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border-2 border-brand-700 bg-white text-brand-800 hover:bg-brand-50",
  negative: "border-2 border-accent-700 bg-white text-accent-700 hover:bg-red-50",
};
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
}

const NOTE_LABELS: Partial<Record<WorkflowAction, string>> = {
  refuse: m.form.reason,
  stop: m.form.reason,
  "send-back": m.form.note,
  "request-supplement": m.form.missing,
  "record-apology": m.form.reason,
  "cancel-payment": m.form.cancelReason,
  "refund-payment": m.form.refundReason,
};
const NOTE_REQUIRED: WorkflowAction[] = ["refuse", "stop", "send-back", "request-supplement", "record-apology", "cancel-payment", "refund-payment"];

/**
 * One workflow action (or a combined pair) as a form: it posts to the server action with or without
 * JavaScript. A negative action comes back first as a confirmation, with what was typed.
 */
export function ActionForm({ action, tone = "secondary", dossierId, code, version, specialists, defaultAssigneeId, resultDefaults, fullyOnline, paymentId }: ActionFormProps) {
  const [state, formAction, pending] = useActionState(takeOfficerAction, INITIAL_ACTION_STATE);
  const id = useId();
  const steps = stepsOf(action);
  const first = steps[0]!;
  const label = formActionLabel(action);
  const error = (name: string) =>
    state.fieldErrors[name] ? (
      <p id={`${id}-${name}-loi`} className="mt-1 text-sm font-semibold text-accent-700">
        {state.fieldErrors[name]}
      </p>
    ) : null;
  const describedBy = (name: string) => (state.fieldErrors[name] ? `${id}-${name}-loi` : undefined);
  // After an error the form comes back with what was typed (React resets a form to its default values).
  const typed = (name: string, fallback = "") => state.values[name] ?? fallback;
  const confirming = state.confirm === true;
  return (
    <form action={formAction} className={`rounded bg-white p-3 ${FORM_CLASSES[tone]}`}>
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="action" value={action} />
      {paymentId ? <input type="hidden" name="paymentId" value={paymentId} /> : null}
      <h3 className="font-semibold text-brand-900">{label}</h3>
      {steps.includes("assign") ? (
        <div className="mt-2">
          <label htmlFor={`${id}-assignee`}>{action === "assign" ? m.form.assignee : m.form.assignNow}</label>
          <select
            // A select keeps its first default value: a new key puts the typed choice back after an error.
            key={typed("assigneeId", defaultAssigneeId ?? "")}
            id={`${id}-assignee`}
            name="assigneeId"
            required
            defaultValue={typed("assigneeId", defaultAssigneeId ?? "")}
            className={inputClass}
            aria-describedby={describedBy("assigneeId")}
          >
            <option value="">—</option>
            {specialists.map((s) => (
              <option key={s.id} value={s.id}>
                {s.fullName}
              </option>
            ))}
          </select>
          {error("assigneeId")}
        </div>
      ) : null}
      {action === "request-payment" ? (
        <div className="mt-2">
          <label htmlFor={`${id}-amount`}>{m.form.amount}</label>
          <input id={`${id}-amount`} name="amount" inputMode="numeric" required defaultValue={typed("amount")} className={inputClass} aria-describedby={describedBy("amount")} />
          {error("amount")}
        </div>
      ) : null}
      {steps.includes("mark-processed") ? (
        <div className="mt-2">
          {/* One column: the form sits in the page's narrow side column. */}
          <div className="grid gap-2">
            <div>
              <label htmlFor={`${id}-number`}>{m.form.resultNumber}</label>
              <input id={`${id}-number`} name="resultNumber" required defaultValue={typed("resultNumber")} className={inputClass} />
            </div>
            <div>
              <label htmlFor={`${id}-signer`}>{m.form.resultSigner}</label>
              <input id={`${id}-signer`} name="resultSigner" required defaultValue={typed("resultSigner", resultDefaults?.signer)} className={inputClass} />
            </div>
            <div>
              <label htmlFor={`${id}-signed`}>{m.form.resultSignedOn}</label>
              <input
                id={`${id}-signed`}
                name="resultSignedOn"
                type="date"
                required
                defaultValue={typed("resultSignedOn", resultDefaults?.signedOn)}
                className={inputClass}
                aria-describedby={describedBy("resultSignedOn")}
              />
              {error("resultSignedOn")}
            </div>
          </div>
          {resultDefaults ? <p className="mt-1 text-sm text-slate-700">{m.form.prefilled}</p> : null}
        </div>
      ) : null}
      {action === "record-apology" ? (
        <div className="mt-2">
          <label htmlFor={`${id}-appointment`}>{m.form.newAppointment}</label>
          <input id={`${id}-appointment`} name="newAppointment" type="date" required defaultValue={typed("newAppointment")} className={inputClass} aria-describedby={describedBy("newAppointment")} />
          {error("newAppointment")}
        </div>
      ) : null}
      {action === "return-result" && !fullyOnline ? (
        <div className="mt-2 flex items-center gap-2">
          <input id={`${id}-handover`} name="handover" type="checkbox" defaultChecked={typed("handover") === "on"} className="h-5 w-5" />
          <label htmlFor={`${id}-handover`}>{m.form.handover}</label>
        </div>
      ) : null}
      <div className="mt-2">
        <label htmlFor={`${id}-note`}>{NOTE_LABELS[first] ?? m.form.note}</label>
        <textarea
          // Back from the confirmation step the reason is shown as typed.
          key={confirming ? "confirming" : "typing"}
          id={`${id}-note`}
          name="note"
          defaultValue={typed("note")}
          rows={first === "request-supplement" ? 4 : 2}
          required={NOTE_REQUIRED.includes(first)}
          className={inputClass}
          aria-describedby={describedBy("note")}
        />
        {error("note")}
      </div>
      {state.message ? (
        <p role="alert" className="mt-2 rounded bg-red-50 p-2 text-sm font-semibold text-accent-700">
          {state.message}
        </p>
      ) : null}
      {confirming ? (
        <div role="alert" className="mt-3 rounded border-2 border-accent-700 bg-red-50 p-3">
          <p className="font-semibold text-accent-700">{m.confirm.title(label)}</p>
          <p className="mt-1 text-sm">{m.confirm.consequence[first]}</p>
          <input type="hidden" name="confirmed" value="1" />
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <button type="submit" disabled={pending} className="rounded bg-accent-700 px-4 py-2 font-semibold text-white hover:bg-accent-600 disabled:opacity-60">
              {m.confirm.button(label)}
            </button>
            <a href={`/quan-tri/ho-so/${encodeURIComponent(code)}`} className="font-semibold underline">
              {m.confirm.cancel}
            </a>
          </div>
        </div>
      ) : (
        <button type="submit" disabled={pending} className={`mt-3 rounded px-4 py-2 font-semibold disabled:opacity-60 ${BUTTON_CLASSES[tone]}`}>
          {label}
        </button>
      )}
    </form>
  );
}
