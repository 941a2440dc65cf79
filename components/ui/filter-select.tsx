import type { ComponentProps, ReactNode } from "react";
import type { Choice } from "./field";

const filterControlClass = "field-select";

/**
 * A select of a GET filter form (catalog, officer queue): a small label above, no required marker, no
 * error. Give `choices` (and `emptyLabel` for "any"), or the options as children (optgroups).
 */
export function FilterSelect({
  id,
  label,
  choices,
  emptyLabel,
  className,
  children,
  ...select
}: Omit<ComponentProps<"select">, "id"> & { id: string; label: ReactNode; choices?: readonly Choice[]; emptyLabel?: string }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
      <select id={id} name={id} className={filterControlClass} {...select}>
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {choices?.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
        {children}
      </select>
    </div>
  );
}

/** A text or date input of a GET filter form, in the same look; its message (a bad date) under it. */
export function FilterInput({
  id,
  label,
  error,
  className,
  ...input
}: Omit<ComponentProps<"input">, "id"> & { id: string; label: ReactNode; error?: string }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
      <input
        id={id}
        name={id}
        className={filterControlClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-loi` : undefined}
        {...input}
      />
      {error ? (
        <p id={`${id}-loi`} className="mt-1 text-sm font-semibold text-accent-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
