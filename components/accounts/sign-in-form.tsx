"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/dang-nhap/actions";
import { accountMessages as m } from "@/lib/messages/accounts";

const inputClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900";

/** Works without JavaScript: the form posts to the server action and the page shows its answer. */
export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(signInAction, { message: "", fieldErrors: {}, identifier: "" } satisfies SignInState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      {state.message ? (
        <p role="alert" className="rounded bg-red-50 p-3 font-semibold text-accent-700 ring-1 ring-red-200">
          {state.message}
        </p>
      ) : null}
      <div>
        <label htmlFor="identifier" className="font-semibold">
          {m.signIn.identifier}
        </label>
        <input
          id="identifier"
          name="identifier"
          autoComplete="username"
          required
          defaultValue={state.identifier}
          aria-invalid={state.fieldErrors.identifier ? true : undefined}
          aria-describedby={state.fieldErrors.identifier ? "identifier-loi" : undefined}
          className={inputClass}
        />
        {state.fieldErrors.identifier ? (
          <p id="identifier-loi" className="mt-1 text-sm font-semibold text-accent-700">
            {state.fieldErrors.identifier}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="password" className="font-semibold">
          {m.signIn.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={state.fieldErrors.password ? true : undefined}
          aria-describedby={state.fieldErrors.password ? "password-loi" : undefined}
          className={inputClass}
        />
        {state.fieldErrors.password ? (
          <p id="password-loi" className="mt-1 text-sm font-semibold text-accent-700">
            {state.fieldErrors.password}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className="w-full rounded bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {m.signIn.submit}
      </button>
    </form>
  );
}
