"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useRef, useSyncExternalStore, type FormEvent } from "react";
import { useForm, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { initialFormState, type FormState } from "@/lib/accounts/form-state";

type Values = Record<string, string | undefined>;
const subscribeNothing = () => () => {};

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form that posts to a server action (works without JavaScript) and, once hydrated, checks every field
 * with the same zod schema through react-hook-form before posting.
 */
export function useEnhancedForm(schema: z.ZodType<unknown, Values>, action: FormAction, initial: FormState = initialFormState) {
  const [state, formAction, pending] = useActionState(action, initial);
  const formRef = useRef<HTMLFormElement>(null);
  // false while rendered on the server (and when JavaScript is off), true once hydrated.
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const form = useForm<Values>({
    resolver: zodResolver(schema, undefined, { raw: true }) as Resolver<Values>,
    defaultValues: state.values,
    mode: "onTouched",
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

  return { state, form, formRef, formAction, onSubmit, pending, errorOf };
}
