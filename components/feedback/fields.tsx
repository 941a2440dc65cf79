import type { UseFormRegisterReturn } from "react-hook-form";
import { useMessageText } from "@/lib/i18n/use-message-text";

/**
 * The field shapes the accounts kit (components/accounts/form-field.tsx) has no counterpart for: a text
 * area, a select, a radio group, a checkbox and the error summary. Same markup and classes, so a shared
 * kit in components/ui can take them over unchanged.
 */

const inputClass = (error?: string) =>
  `mt-1 block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 ${error ? "border-accent-700 ring-1 ring-accent-700" : "border-slate-500"}`;

interface Common {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  registration?: UseFormRegisterReturn;
  name?: string;
  defaultValue?: string;
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-goi-y` : null, error ? `${id}-loi` : null].filter(Boolean).join(" ") || undefined;
}

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <div className="font-semibold">
      <label htmlFor={id}>{label}</label>
      {required ? (
        <span aria-hidden="true" className="text-accent-700">
          {" *"}
        </span>
      ) : null}
    </div>
  );
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={`${id}-goi-y`} className="mt-0.5 text-sm text-slate-700">
      {hint}
    </p>
  ) : null;
}

/** A field's message: a validation key is turned into its text in the reader's language (docs/i18n.md). */
export function FieldError({ id, error }: { id: string; error?: string }) {
  const text = useMessageText();
  return error ? (
    <p id={`${id}-loi`} className="mt-1 text-sm font-semibold text-accent-700">
      {text(error)}
    </p>
  ) : null;
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  required,
  registration,
  name,
  defaultValue,
  rows = 6,
  maxLength,
}: Common & { rows?: number; maxLength?: number }) {
  return (
    <div>
      <Label id={id} label={label} required={required} />
      <Hint id={id} hint={hint} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass(error)}
        {...registration}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  required,
  registration,
  name,
  defaultValue,
  options,
}: Common & { options: { value: string; label: string }[] }) {
  return (
    <div>
      <Label id={id} label={label} required={required} />
      <Hint id={id} hint={hint} />
      <select
        // A select keeps its first default value: a new key puts the posted choice back after an error.
        key={defaultValue ?? ""}
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass(error)}
        {...registration}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** Radios in a fieldset; the first radio carries the id the error summary links to. */
export function RadioField({
  id,
  label,
  hint,
  error,
  required,
  registration,
  name,
  defaultValue,
  options,
}: Common & { options: { value: string; label: string }[] }) {
  return (
    <fieldset aria-describedby={describedBy(id, hint, error)}>
      <legend className="font-semibold">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-accent-700">
            {" *"}
          </span>
        ) : null}
      </legend>
      <Hint id={id} hint={hint} />
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
        {options.map((option, index) => (
          <div key={option.value} className="flex items-center gap-2">
            <input
              id={index === 0 ? id : `${id}-${option.value}`}
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              className="h-5 w-5"
              {...registration}
            />
            <label htmlFor={index === 0 ? id : `${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

export function CheckboxField({ id, label, error, registration, name, defaultChecked }: Omit<Common, "defaultValue"> & { defaultChecked?: boolean }) {
  return (
    <div>
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          name={name}
          value="on"
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-loi` : undefined}
          className="mt-1 h-5 w-5 shrink-0"
          {...registration}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** The list of what to fix, above the form, each linking to its field. */
export function ErrorSummary({ title, errors }: { title: string; errors: { id: string; message: string }[] }) {
  const text = useMessageText();
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="rounded border-l-4 border-accent-700 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">{title}</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.map((error) => (
          <li key={error.id}>
            <a href={`#${error.id}`} className="text-red-900 underline">
              {text(error.message)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
