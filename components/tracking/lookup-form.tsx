"use client";

import { useActionState, useState, type FormEvent } from "react";
import { tracking } from "@/lib/messages/tracking";
import type { LookupFormState } from "@/lib/tracking/lookup-form-state";
import { lookupSchema } from "@/lib/tracking/lookup-schema";
import { LookupResult } from "./lookup-result";
import { cardClass } from "@/components/ui/card";

const m = tracking.lookup;
const inputClass = "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-accent-700";

type Action = (state: LookupFormState, formData: FormData) => Promise<LookupFormState>;

/** Code + ID number form: posts to the server action (works without JavaScript), checks first in the browser. */
export function LookupForm({ action, initialCode }: { action: Action; initialCode: string }) {
  const [state, formAction, pending] = useActionState(action, { values: { code: initialCode, idNumber: "" } });
  const [clientErrors, setClientErrors] = useState<LookupFormState["fieldErrors"]>(undefined);
  const errors = clientErrors ?? state.fieldErrors ?? {};

  function checkBeforeSubmit(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const parsed = lookupSchema.safeParse({ code: data.get("code"), idNumber: data.get("idNumber") });
    if (parsed.success) {
      setClientErrors(undefined);
      return;
    }
    event.preventDefault();
    const next: NonNullable<LookupFormState["fieldErrors"]> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "code" || field === "idNumber") && !next[field]) next[field] = issue.message;
    }
    setClientErrors(next);
    document.getElementById(next.code ? "code" : "idNumber")?.focus();
  }

  return (
    <>
      <form action={formAction} onSubmit={checkBeforeSubmit} noValidate className={cardClass("mt-4 grid max-w-xl gap-4")}>
        <div>
          <label htmlFor="code" className="block font-semibold">{m.code}</label>
          <p id="code-hint" className="text-sm text-slate-700">{m.codeHint}</p>
          <input
            id="code"
            name="code"
            defaultValue={state.values.code}
            key={`code-${state.values.code}`}
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            aria-invalid={errors.code ? true : undefined}
            aria-describedby={errors.code ? "code-hint code-error" : "code-hint"}
            className={`${inputClass} font-mono`}
          />
          {errors.code ? <p id="code-error" className="mt-1 font-semibold text-accent-700">{errors.code}</p> : null}
        </div>
        <div>
          <label htmlFor="idNumber" className="block font-semibold">{m.idNumber}</label>
          <p id="idNumber-hint" className="text-sm text-slate-700">{m.idNumberHint}</p>
          <input
            id="idNumber"
            name="idNumber"
            defaultValue={state.values.idNumber}
            key={`id-${state.values.idNumber}`}
            autoComplete="off"
            inputMode="text"
            maxLength={24}
            aria-invalid={errors.idNumber ? true : undefined}
            aria-describedby={errors.idNumber ? "idNumber-hint idNumber-error" : "idNumber-hint"}
            className={inputClass}
          />
          {errors.idNumber ? <p id="idNumber-error" className="mt-1 font-semibold text-accent-700">{errors.idNumber}</p> : null}
        </div>
        <div>
          <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
            {m.submit}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {state.message ? (
          <p role="alert" className="mt-4 max-w-xl rounded border-l-4 border-amber-600 bg-amber-50 p-3">{state.message}</p>
        ) : null}
        {state.result ? <LookupResult dossier={state.result} /> : null}
      </div>
    </>
  );
}
