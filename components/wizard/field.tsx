import type { ReactNode } from "react";
import { submission } from "@/lib/messages/submission";

export const inputClass =
  "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-accent-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-accent-700";

/** ids of the hint and error of a field, for aria-describedby. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

/** Label, hint and error around one input; the input itself is passed as children with the same id. */
export function Field(props: { id: string; label: string; required?: boolean; hint?: string; error?: string; children: ReactNode }) {
  const { id, label, required, hint, error, children } = props;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label} <span className="text-sm font-normal text-slate-700">{required ? submission.required : submission.optional}</span>
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-accent-700">
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** The list of errors at the top of a form, focused after a refused post so screen readers hear it. */
export function ErrorSummary({ errors, labels, focusKey }: { errors: Record<string, string>; labels?: Record<string, string>; focusKey?: number }) {
  const entries = Object.entries(errors);
  if (!entries.length) return null;
  return (
    <div
      key={focusKey}
      role="alert"
      tabIndex={-1}
      ref={(el) => el?.focus()}
      className="rounded border-l-4 border-accent-700 bg-red-50 p-4"
    >
      <p className="font-semibold">{submission.errorSummary}</p>
      <ul className="mt-1 list-disc pl-5">
        {entries.map(([name, message]) => (
          <li key={name}>
            {labels?.[name] ? (
              <a href={`#${name}`} className="text-accent-700 underline">
                {labels[name]}: {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function primaryButtonClass(disabled = false) {
  return `rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 ${disabled ? "opacity-70" : ""}`;
}
