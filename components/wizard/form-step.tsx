"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useMemo, type ReactNode } from "react";
import { useForm, type FieldErrors } from "react-hook-form";
import { saveFormStep } from "@/lib/dossiers/actions/save-form-step";
import { type StepState } from "@/lib/dossiers/wizard-step";
import type { FormField } from "@/lib/catalog/service-schema";
import { buildFormSchema } from "@/lib/forms/build-form-schema";
import { fieldMessagesText } from "@/lib/forms/field-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CheckboxField, ChoiceGroup, SelectField, TextareaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** The step's texts in the reader's language, from the server page. */
export interface FormStepTexts {
  title: string;
  intro: string;
  /** Said on a page in another language than Vietnamese: the form itself is the Vietnamese legal form. */
  vietnameseForm: string;
  choose: string;
  next: string;
}

interface Props {
  serviceCode: string;
  draftId: string;
  definition: FormField[];
  initial: Record<string, unknown>;
  texts: FormStepTexts;
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
export function FormStep({ serviceCode, draftId, definition, initial, texts }: Props) {
  const tv = useTranslations("validation");
  // The form's labels, hints and choices are the procedure's legal text, in Vietnamese (catalog data): on an
  // English page they keep lang="vi" so a screen reader reads them as Vietnamese (docs/i18n.md).
  const dataLang = useLocale() === "vi" ? undefined : "vi";
  const data = (text: string | undefined): ReactNode => (text && dataLang ? <span lang={dataLang}>{text}</span> : text);
  const [state, action, pending] = useActionState<StepState, FormData>(saveFormStep, { errors: {}, values: {}, at: 0 });
  const schema = useMemo(() => buildFormSchema(definition), [definition]);
  const defaults: Values = {};
  for (const field of definition) {
    defaults[field.name] = toInputValue(field, state.at ? state.values[field.name] : initial[field.name]);
  }
  const {
    register,
    handleSubmit,
    formState: { errors: clientErrors, submitCount },
  } = useForm<Values>({
    // The schema's input is loose (strings from forms, numbers from JSON); its output is the stored values.
    resolver: zodResolver(schema as never) as never,
    defaultValues: defaults,
    mode: "onTouched",
    // The error summary takes the focus on a refused submit (components/ui/error-summary.tsx), as after a post.
    shouldFocusError: false,
  });

  const messageOf = (errors: FieldErrors<Values>, name: string) => {
    const e = errors[name];
    return typeof e?.message === "string" ? e.message : undefined;
  };
  const serverErrors = fieldMessagesText(tv as never, state.errors);
  const errorFor = (name: string) => {
    const message = messageOf(clientErrors, name);
    return message ? fieldMessagesText(tv as never, { [name]: message })[name] : serverErrors[name];
  };
  const clientSummary: Record<string, string> = {};
  for (const field of definition) {
    const message = messageOf(clientErrors, field.name);
    if (message) clientSummary[field.name] = message;
  }
  const summary = Object.keys(clientSummary).length ? fieldMessagesText(tv as never, clientSummary) : serverErrors;
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
      <ErrorSummary errors={summary} labels={labels} focusKey={`${state.at}:${submitCount}`} />
      <h2 className="text-xl font-bold">{texts.title}</h2>
      <p className="text-slate-700">{texts.intro}</p>
      {dataLang ? <p className="text-slate-700">{texts.vietnameseForm}</p> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {definition.map((field) => {
          const id = field.name;
          const checkbox = { id, label: data(field.label), hint: data(field.helpText), error: errorFor(id), required: field.required };
          const common = { ...checkbox, optional: !field.required };
          const wide = field.type === "textarea" || field.type === "checkbox" ? "sm:col-span-2" : undefined;
          switch (field.type) {
            case "checkbox":
              return <CheckboxField key={id} {...checkbox} defaultChecked={defaults[id] === true} fieldClassName={wide} {...register(id)} />;
            case "textarea":
              return (
                <TextareaField key={id} {...common} rows={4} defaultValue={String(defaults[id] ?? "")} fieldClassName={wide} {...register(id)} />
              );
            case "select":
              return (
                <SelectField key={id} {...common} defaultValue={String(defaults[id] ?? "")} {...register(id)}>
                  <option value="">{texts.choose}</option>
                  {field.options?.map((o) => (
                    <option key={o.value} value={o.value} lang={dataLang}>
                      {o.label}
                    </option>
                  ))}
                </SelectField>
              );
            case "radio":
              return (
                <ChoiceGroup
                  key={id}
                  id={id}
                  name={id}
                  legend={data(field.label)}
                  hint={data(field.helpText)}
                  error={errorFor(id)}
                  required={field.required}
                  optional={!field.required}
                  choices={(field.options ?? []).map((o) => ({ ...o, label: data(o.label) }))}
                  defaultValue={String(defaults[id] ?? "")}
                  inputProps={register(id)}
                />
              );
            default:
              return (
                <TextField
                  key={id}
                  {...common}
                  type={field.type === "number" ? "text" : field.type}
                  inputMode={field.type === "number" ? "decimal" : undefined}
                  defaultValue={String(defaults[id] ?? "")}
                  {...register(id)}
                />
              );
          }
        })}
      </div>
      <div>
        <SubmitButton pending={pending}>{texts.next}</SubmitButton>
      </div>
    </form>
  );
}
