import type { UseFormRegisterReturn } from "react-hook-form";

export interface FormFieldProps {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  type?: "text" | "email" | "password" | "tel" | "date";
  hint?: string;
  error?: string;
  defaultValue?: string;
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "tel" | "email";
  required?: boolean;
  maxLength?: number;
}

/** A labelled input with its hint and its error linked by aria-describedby; the error sits right under the field. */
export function FormField({ id, label, registration, type = "text", hint, error, defaultValue, autoComplete, inputMode, required = true, maxLength }: FormFieldProps) {
  const hintId = hint ? `${id}-goi-y` : undefined;
  const errorId = error ? `${id}-loi` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
        {required ? <span className="text-accent-700"> *</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 ${error ? "border-accent-700 ring-1 ring-accent-700" : "border-slate-500"}`}
        {...registration}
      />
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-semibold text-accent-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
