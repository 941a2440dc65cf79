"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useRef, useSyncExternalStore, type FormEvent } from "react";
import { useForm, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { initialFormState, type FormState } from "@/lib/validation/form-state";

type Values = Record<string, string | undefined>;
const subscribeNothing = () => () => {};

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form that posts to a server action (works without JavaScript) and, once hydrated, checks every field
 * with the same zod schema through react-hook-form before posting.
 */
// Any input type: a checkbox or an optional number is preprocessed from the form's strings by the schema itself.
export function useEnhancedForm(schema: z.ZodType<unknown, Record<string, unknown>>, action: FormAction, initial: FormState = initialFormState) {
  const [state, formAction, pending] = useActionState(action, initial);
  const formRef = useRef<HTMLFormElement>(null);
  // false while rendered on the server (and when JavaScript is off), true once hydrated.
  const hydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const zod = zodResolver(schema, undefined, { raw: true }) as Resolver<Values>;
  // Validate exactly what the form would post (untouched fields are "" there, not undefined), as the server does.
  const resolver: Resolver<Values> = (values, context, options) => {
    const posted = formRef.current ? Object.fromEntries(new FormData(formRef.current)) : {};
    const filled: Values = {};
    for (const [name, value] of Object.entries(posted)) if (typeof value === "string") filled[name] = value;
    for (const [name, value] of Object.entries(values)) if (value !== undefined) filled[name] = value;
    return zod(filled, context, options);
  };
  const form = useForm<Values>({
    resolver,
    defaultValues: state.values,
    // Check on submit, then as the user corrects: a message appearing on blur would move the submit button
    // from under the pointer between mousedown and click.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });

  useEffect(() => {
    for (const [name, message] of Object.entries(state.fieldErrors)) form.setError(name, { type: "server", message });
    const first = Object.keys(state.fieldErrors)[0];
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }, [state, form]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    void form.handleSubmit(() => {
      const element = formRef.current;
      if (element) startTransition(() => formAction(new FormData(element)));
    })(event);
  };

  /** The message beside a field: react-hook-form's once hydrated, the server's before (and without JavaScript). */
  const errorOf = (name: string): string | undefined => {
    const clientMessage = form.formState.errors[name]?.message;
    if (hydrated) return typeof clientMessage === "string" ? clientMessage : undefined;
    return state.fieldErrors[name];
  };

  /** Spread on the <form>: marks it once the browser checks fields itself (tests wait for it). */
  const enhancedProps = { "data-enhanced": hydrated ? "true" : undefined };

  /** Spread on a TextField: its id and name, the value typed before a refused post, its message, react-hook-form's wiring. */
  const fieldProps = (name: string) => ({ id: name, defaultValue: state.values[name], error: errorOf(name), ...form.register(name) });

  return { state, form, formRef, formAction, onSubmit, pending, errorOf, enhancedProps, fieldProps };
}
