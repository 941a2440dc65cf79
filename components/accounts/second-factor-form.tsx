"use client";

import { useActionState } from "react";
import { verifySecondFactorAction } from "@/lib/auth/actions/verify-second-factor";
import { secondFactorMessages as m } from "@/lib/messages/second-factor";

export function SecondFactorForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(verifySecondFactorAction, { message: "" });
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="next" value={next} />
      <label htmlFor="code" className="font-semibold">
        {m.code}
      </label>
      <input
        id="code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]{6,7}"
        maxLength={7}
        required
        aria-invalid={state.message ? true : undefined}
        aria-describedby={state.message ? "code-loi" : undefined}
        className="block w-40 rounded border border-slate-400 bg-white px-3 py-2 text-center font-mono text-xl tracking-widest"
      />
      {state.message ? (
        <p id="code-loi" role="alert" className="font-semibold text-accent-700">
          {state.message}
        </p>
      ) : null}
      <button disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white">
        {m.submit}
      </button>
    </form>
  );
}
