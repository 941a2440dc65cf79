"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useMemo } from "react";
import { useForm, type FieldErrors } from "react-hook-form";
import { saveFormStep } from "@/lib/dossiers/actions/save-form-step";
import { type StepState } from "@/lib/dossiers/wizard-step";
import type { FormField } from "@/lib/catalog/service-schema";
import { buildFormSchema } from "@/lib/forms/build-form-schema";
import { submission } from "@/lib/messages/submission";
import { describedBy, ErrorSummary, Field, inputClass, primaryButtonClass } from "./field";

interface Props {
  serviceCode: string;
  draftId: string;
  definition: FormField[];
  initial: Record<string, unknown>;
}

type Values = Record<string, string | boolean>;

function toInputValue(field: FormField, value: unknown): string | boolean {
  if (field.type === "checkbox") return value === true || value === "on";
  return value === undefined || value === null ? "" : String(value);
}

/**
 * Step 2: the service's own form, rendered from its definition. With JavaScript, react-hook-form checks
 * it with the schema built from the same definition before posting; the server action checks it again
 * (and is all there is without JavaScript).
 */
export function FormStep({ serviceCode, draftId, definition, initial }: Props) {
  const [state, action, pending] = useActionState<StepState, FormData>(saveFormStep, { errors: {}, values: {}, at: 0 });
  const schema = useMemo(() => buildFormSchema(definition), [definition]);
  const defaults: Values = {};
  for (const field of definition) {
    defaults[field.name] = toInputValue(field, state.at ? state.values[field.name] : initial[field.name]);
  }
  const {
    register,
    handleSubmit,
    formState: { errors: clientErrors },
  } = useForm<Values>({
    // The schema's input is loose (strings from forms, numbers from JSON); its output is the stored values.
    resolver: zodResolver(schema as never) as never,
    defaultValues: defaults,
    mode: "onTouched",
  });

  const messageOf = (errors: FieldErrors<Values>, name: string) => {
    const e = errors[name];
    return typeof e?.message === "string" ? e.message : undefined;
  };
  const errorFor = (name: string) => messageOf(clientErrors, name) ?? state.errors[name];
  const clientSummary: Record<string, string> = {};
  for (const field of definition) {
    const message = messageOf(clientErrors, field.name);
    if (message) clientSummary[field.name] = message;
  }
  const summary = Object.keys(clientSummary).length ? clientSummary : state.errors;
  const labels = Object.fromEntries(definition.map((f) => [f.name, f.label]));

  const onSubmit = handleSubmit((_values, event) => {
    const form = event?.target;
    if (!(form instanceof HTMLFormElement)) return;
    const data = new FormData(form);
    startTransition(() => action(data));
  });

  return (
    <form action={action} onSubmit={onSubmit} noValidate className="grid gap-5">
      <input type="hidden" name="serviceCode" value={serviceCode} />
      <input type="hidden" name="draftId" value={draftId} />
      <ErrorSummary errors={summary} labels={labels} focusKey={state.at + Object.keys(clientSummary).length} />
      <h2 className="text-xl font-bold">{submission.form.title}</h2>
      <p className="text-slate-700">{submission.form.intro}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {definition.map((field) => {
          const id = field.name;
          const error = errorFor(id);
          const common = {
            id,
            "aria-invalid": error ? true : undefined,
            "aria-describedby": describedBy(id, field.helpText, error),
            ...register(id),
          };
          if (field.type === "checkbox") {
            return (
              <div key={id} className="sm:col-span-2">
                {error ? (
                  <p id={`${id}-error`} className="text-sm font-semibold text-accent-700">
                    {error}
                  </p>
                ) : null}
                <div className="flex items-start gap-2">
                  <input type="checkbox" className="mt-1 h-5 w-5" defaultChecked={defaults[id] === true} {...common} />
                  <label htmlFor={id} className="font-semibold">
                    {field.label}
                  </label>
                </div>
                {field.helpText ? (
                  <p id={`${id}-hint`} className="text-sm text-slate-700">
                    {field.helpText}
                  </p>
                ) : null}
              </div>
            );
          }
          const wide = field.type === "textarea";
          return (
            <div key={id} className={wide ? "sm:col-span-2" : undefined}>
              <Field id={id} label={field.label} required={field.required} hint={field.helpText} error={error}>
                {field.type === "textarea" ? (
                  <textarea rows={4} className={inputClass} defaultValue={String(defaults[id] ?? "")} {...common} />
                ) : field.type === "select" ? (
                  <select className={inputClass} defaultValue={String(defaults[id] ?? "")} {...common}>
                    <option value="">{submission.form.choose}</option>
                    {field.options?.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : field.type === "radio" ? (
                  <div className="mt-1 flex flex-wrap gap-4">
                    {field.options?.map((o, i) => (
                      <label key={o.value} className="flex items-center gap-2">
                        <input type="radio" value={o.value} defaultChecked={defaults[id] === o.value} {...common} id={i === 0 ? id : `${id}-${i}`} />
                        {o.label}
                      </label>
                    ))}
                  </div>
                ) : (
                  <input
                    type={field.type === "number" ? "text" : field.type}
                    inputMode={field.type === "number" ? "decimal" : undefined}
                    className={inputClass}
                    defaultValue={String(defaults[id] ?? "")}
                    {...common}
                  />
                )}
              </Field>
            </div>
          );
        })}
      </div>
      <div>
        <button type="submit" disabled={pending} className={primaryButtonClass(pending)}>
          {submission.next}
        </button>
      </div>
    </form>
  );
}
