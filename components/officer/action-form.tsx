"use client";

import { useActionState, useId } from "react";
import { takeOfficerAction } from "@/app/quan-tri/ho-so/[code]/actions";
import { INITIAL_ACTION_STATE } from "@/lib/officers/action-form-schema";
import { ACTION_LABELS, officerMessages as m } from "@/lib/messages/officer";
import type { WorkflowAction } from "@/lib/workflow/status-machine";

const inputClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900";

export interface ActionFormProps {
  action: WorkflowAction;
  dossierId: string;
  code: string;
  version: number;
  specialists: { id: string; fullName: string }[];
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

/** One workflow action as a form: it posts to the server action with or without JavaScript. */
export function ActionForm({ action, dossierId, code, version, specialists, fullyOnline, paymentId }: ActionFormProps) {
  const [state, formAction, pending] = useActionState(takeOfficerAction, INITIAL_ACTION_STATE);
  const id = useId();
  const error = (name: string) =>
    state.fieldErrors[name] ? (
      <p id={`${id}-${name}-loi`} className="mt-1 text-sm font-semibold text-accent-700">
        {state.fieldErrors[name]}
      </p>
    ) : null;
  const describedBy = (name: string) => (state.fieldErrors[name] ? `${id}-${name}-loi` : undefined);
  // After an error the form comes back with what was typed (React resets a form to its default values).
  const typed = (name: string) => state.values[name] ?? "";
  return (
    <form action={formAction} className="rounded border border-slate-300 bg-white p-3">
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="action" value={action} />
      {paymentId ? <input type="hidden" name="paymentId" value={paymentId} /> : null}
      <h3 className="font-semibold text-brand-900">{ACTION_LABELS[action]}</h3>
      {action === "assign" ? (
        <div className="mt-2">
          <label htmlFor={`${id}-assignee`}>{m.form.assignee}</label>
          <select
            // A select keeps its first default value: a new key puts the typed choice back after an error.
            key={typed("assigneeId")}
            id={`${id}-assignee`}
            name="assigneeId"
            required
            defaultValue={typed("assigneeId")}
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
      {action === "mark-processed" ? (
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          <div>
            <label htmlFor={`${id}-number`}>{m.form.resultNumber}</label>
            <input id={`${id}-number`} name="resultNumber" required defaultValue={typed("resultNumber")} className={inputClass} />
          </div>
          <div>
            <label htmlFor={`${id}-signer`}>{m.form.resultSigner}</label>
            <input id={`${id}-signer`} name="resultSigner" required defaultValue={typed("resultSigner")} className={inputClass} />
          </div>
          <div>
            <label htmlFor={`${id}-signed`}>{m.form.resultSignedOn}</label>
            <input id={`${id}-signed`} name="resultSignedOn" type="date" required defaultValue={typed("resultSignedOn")} className={inputClass} aria-describedby={describedBy("resultSignedOn")} />
            {error("resultSignedOn")}
          </div>
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
        <label htmlFor={`${id}-note`}>{NOTE_LABELS[action] ?? m.form.note}</label>
        <textarea
          id={`${id}-note`}
          name="note"
          defaultValue={typed("note")}
          rows={action === "request-supplement" ? 4 : 2}
          required={NOTE_REQUIRED.includes(action)}
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
      <button type="submit" disabled={pending} className="mt-3 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {ACTION_LABELS[action]}
      </button>
    </form>
  );
}
