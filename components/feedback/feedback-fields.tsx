import type { UseFormRegister } from "react-hook-form";

/**
 * The wiring of a feedback form's fields (the citizen's form and the operator's register form): each
 * field's id, the value typed before a refused post, its message and react-hook-form's registration, in
 * the props of components/ui/field; and the error summary's entries, in the order of `names`.
 */
export function feedbackFields({
  prefix,
  names,
  values,
  errorOf,
  register,
}: {
  prefix: string;
  names: readonly string[];
  values: Record<string, string | undefined>;
  errorOf: (name: string) => string | undefined;
  register: UseFormRegister<Record<string, string | undefined>>;
}) {
  const id = (name: string) => `${prefix}-${name}`;
  /** A TextField, TextareaField or SelectField. */
  const control = (name: string, required = false) => ({
    id: id(name),
    defaultValue: values[name],
    error: errorOf(name),
    required,
    ...register(name),
  });
  /** A ChoiceGroup of radios: the first radio carries the id the summary links to. */
  const choices = (name: string, required = false) => ({
    id: id(name),
    name,
    defaultValue: values[name],
    error: errorOf(name),
    required,
    inputProps: register(name),
  });
  /** A CheckboxField posting "on". */
  const checkbox = (name: string) => ({ id: id(name), defaultChecked: values[name] === "on", error: errorOf(name), ...register(name) });
  const summary = names.flatMap((name) => {
    const message = errorOf(name);
    return message ? [{ id: id(name), message }] : [];
  });
  return { control, choices, checkbox, summary };
}
