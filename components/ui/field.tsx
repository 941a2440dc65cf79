import type { ComponentProps, ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useMessageText } from "@/lib/i18n/use-message-text";

/** The look of a text input, select or textarea; red when `aria-invalid`. */
export const controlClass =
  "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-accent-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-accent-700";

export const hintId = (id: string) => `${id}-goi-y`;
export const errorId = (id: string) => `${id}-loi`;

/** The ids of a field's hint and error, for `aria-describedby` (undefined when there is neither). */
export function describedBy(id: string, hint?: ReactNode, error?: ReactNode): string | undefined {
  return [hint ? hintId(id) : "", error ? errorId(id) : ""].filter(Boolean).join(" ") || undefined;
}

/** What every field shows around its control. */
export interface FieldText {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Marks the label and sets `required` on the control (forms with `noValidate` still post; the server checks). */
  required?: boolean;
  /** Adds "(không bắt buộc)" to the label: say it where a reader could think the field is needed. */
  optional?: boolean;
  /** Announce the error when it appears (role=alert): for a form of one field, which has no error summary. */
  announceError?: boolean;
}

function Requirement({ required, optional }: { required?: boolean; optional?: boolean }) {
  const t = useTranslations("ui");
  if (required) {
    return (
      <span aria-hidden="true" className="text-sm font-normal text-slate-700">
        {` ${t("required")}`}
      </span>
    );
  }
  return optional ? <span className="text-sm font-normal text-slate-700">{` ${t("optional")}`}</span> : null;
}

/**
 * A label with its marker: "(không bắt buộc)" inside the label, part of the field's name; "(bắt buộc)"
 * beside it, outside, so the label's text stays the field's name (the control says `required` itself).
 */
function Label({ id, label, required, optional, className }: Pick<FieldText, "id" | "label" | "required" | "optional"> & { className?: string }) {
  return (
    <div className={className}>
      <label htmlFor={id}>
        {label}
        <Requirement optional={optional && !required} />
      </label>
      <Requirement required={required} />
    </div>
  );
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={hintId(id)} className="mt-0.5 text-sm text-slate-700">
      {children}
    </p>
  );
}

export function FieldError({ id, announce, children }: { id: string; announce?: boolean; children?: ReactNode }) {
  const text = useMessageText();
  return children ? (
    <p id={errorId(id)} role={announce ? "alert" : undefined} className="mt-1 text-sm font-semibold text-accent-700">
      {typeof children === "string" ? text(children) : children}
    </p>
  ) : null;
}

/** The attributes a control needs to be tied to its label, hint and error. */
export function controlProps({ id, hint, error, required }: Pick<FieldText, "id" | "hint" | "error" | "required">) {
  return {
    id,
    required: required || undefined,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
  } as const;
}

/**
 * Label, hint and error above one control (the GOV.UK order: the message is read before the box). The
 * control is passed as children and must carry `controlProps(...)`; prefer the ready fields below.
 */
export function Field({
  id,
  label,
  hint,
  error,
  required,
  optional,
  announceError,
  className,
  children,
}: FieldText & { className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <Label id={id} label={label} required={required} optional={optional} className="font-semibold" />
      {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
      <FieldError id={id} announce={announceError}>
        {error}
      </FieldError>
      {children}
    </div>
  );
}

type Control<E extends "input" | "select" | "textarea"> = Omit<ComponentProps<E>, "id" | "required"> & FieldText & { fieldClassName?: string };

function split<P extends FieldText & { fieldClassName?: string }>(props: P) {
  const { id, label, hint, error, required, optional, announceError, fieldClassName, ...control } = props;
  return { field: { id, label, hint, error, required, optional, announceError, className: fieldClassName }, control };
}

/** A labelled text input (text, email, tel, date, password, number-as-text); spreads react-hook-form's `register`. */
export function TextField(props: Control<"input">) {
  const { field, control } = split(props);
  return (
    <Field {...field}>
      <input type="text" className={controlClass} {...control} {...controlProps(field)} />
    </Field>
  );
}

/** A labelled select; the options are its children. */
export function SelectField(props: Control<"select">) {
  const { field, control } = split(props);
  return (
    <Field {...field}>
      <select className={controlClass} {...control} {...controlProps(field)} />
    </Field>
  );
}

export function TextareaField(props: Control<"textarea">) {
  const { field, control } = split(props);
  return (
    <Field {...field}>
      <textarea rows={3} className={controlClass} {...control} {...controlProps(field)} />
    </Field>
  );
}

/** A labelled input for one PDF or image, posted as `file` (the name the upload routes read). */
export function FileField(props: Omit<Control<"input">, "type" | "name" | "accept">) {
  const { field, control } = split(props);
  return (
    <Field {...field}>
      <input
        name="file"
        type="file"
        accept="application/pdf,image/jpeg,image/png"
        className="mt-2 block w-full"
        {...control}
        {...controlProps(field)}
      />
    </Field>
  );
}

/** One checkbox with its label beside it; the error above, as for the other fields. */
export function CheckboxField(props: Omit<Control<"input">, "type" | "optional">) {
  const { field, control } = split(props);
  return (
    <div className={field.className}>
      <FieldError id={field.id} announce={field.announceError}>
        {field.error}
      </FieldError>
      <div className="flex items-start gap-2">
        <input type="checkbox" className="mt-0.5 h-5 w-5 shrink-0" {...control} {...controlProps(field)} />
        <div>
          <Label id={field.id} label={field.label} required={field.required} />
          {field.hint ? <FieldHint id={field.id}>{field.hint}</FieldHint> : null}
        </div>
      </div>
    </div>
  );
}

export interface Choice {
  value: string;
  label: ReactNode;
}

/**
 * Radio buttons or checkboxes under one question: a fieldset whose legend is the question. The first
 * choice has the id `id`, so an error summary's link lands on it; the others `id-1`, `id-2`…
 */
export function ChoiceGroup({
  id,
  name,
  type = "radio",
  legend,
  hint,
  error,
  required,
  optional,
  choices,
  defaultValue,
  inline = true,
  className,
  inputProps,
}: Omit<FieldText, "label"> & {
  name: string;
  type?: "radio" | "checkbox";
  legend: ReactNode;
  choices: readonly Choice[];
  /** The checked value (radio) or values (checkbox). */
  defaultValue?: string | readonly string[];
  inline?: boolean;
  className?: string;
  /** Spread on every input (react-hook-form's `register(name)`). */
  inputProps?: Omit<ComponentProps<"input">, "type" | "value" | "id">;
}) {
  const checked = (value: string) => (Array.isArray(defaultValue) ? defaultValue.includes(value) : defaultValue === value);
  return (
    <fieldset className={className} aria-describedby={describedBy(id, hint, error)}>
      <legend className="font-semibold">
        {legend}
        <Requirement required={required} optional={optional} />
      </legend>
      {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
      <FieldError id={id}>{error}</FieldError>
      <div className={inline ? "mt-1 flex flex-wrap gap-x-6 gap-y-2" : "mt-1 grid gap-2"}>
        {choices.map((choice, i) => {
          const choiceId = i === 0 ? id : `${id}-${i}`;
          return (
            <div key={choice.value} className="flex items-center gap-2">
              <input
                id={choiceId}
                type={type}
                name={name}
                value={choice.value}
                defaultChecked={checked(choice.value)}
                required={type === "radio" && required ? true : undefined}
                className="h-5 w-5 shrink-0"
                {...inputProps}
              />
              <label htmlFor={choiceId}>{choice.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
