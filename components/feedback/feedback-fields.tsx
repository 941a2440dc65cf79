import type { ReactNode } from "react";
import type { useEnhancedForm } from "@/components/ui/use-enhanced-form";

type EnhancedForm = ReturnType<typeof useEnhancedForm>;

/**
 * The wiring of a feedback form's fields (the citizen's form and the operator's register form): each
 * field's id, the value typed before a refused post, its message and react-hook-form's registration, in
 * the props of components/ui/field; and the error summary's entries, in the order of `names`.
 */
export function feedbackFields(prefix: string, names: readonly string[], { state, form, errorOf }: Pick<EnhancedForm, "state" | "form" | "errorOf">) {
  const id = (name: string) => `${prefix}-${name}`;
  /** A TextField, TextareaField or SelectField. */
  const control = (name: string, required = false) => ({
    id: id(name),
    defaultValue: state.values[name],
    error: errorOf(name),
    required,
    ...form.register(name),
  });
  /** A ChoiceGroup of radios: the first radio carries the id the summary links to. */
  const choices = (name: string, required = false) => ({
    id: id(name),
    name,
    defaultValue: state.values[name],
    error: errorOf(name),
    required,
    inputProps: form.register(name),
  });
  /** A CheckboxField posting "on". */
  const checkbox = (name: string) => ({ id: id(name), defaultChecked: state.values[name] === "on", error: errorOf(name), ...form.register(name) });
  const summary = names.flatMap((name) => {
    const message = errorOf(name);
    return message ? [{ id: id(name), message }] : [];
  });
  return { control, choices, checkbox, summary };
}

/**
 * The kit's error summary for the feedback forms' entries: each message (as it stands beside its field) links
 * to the field; the summary does not take the focus, since the enhanced forms focus the first wrong field.
 */
export function summaryProps(entries: readonly { id: string; message: string }[]) {
  return {
    errors: Object.fromEntries(entries.map((e) => [e.id, e.message])),
    ids: Object.fromEntries(entries.map((e) => [e.id, e.id])),
    focus: false,
  };
}

/** The card both feedback forms stand in: posts to the server action (without JavaScript too), checked in the browser once hydrated. */
export function FeedbackForm({
  enhanced: { formRef, formAction, onSubmit, enhancedProps },
  children,
}: {
  enhanced: Pick<EnhancedForm, "formRef" | "formAction" | "onSubmit" | "enhancedProps">;
  children: ReactNode;
}) {
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      {...enhancedProps}
      className="mt-4 grid max-w-3xl gap-5 rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:p-6"
    >
      {children}
    </form>
  );
}
