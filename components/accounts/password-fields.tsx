import type { UseFormReturn } from "react-hook-form";
import { accountMessages as m } from "@/lib/messages/accounts";
import { FormField } from "./form-field";

/** A new password and its confirmation (never refilled after an error). */
export function PasswordFields({
  form,
  errorOf,
  names = ["password", "confirmPassword"],
  labels = [m.fields.password, m.fields.confirmPassword],
}: {
  form: UseFormReturn<Record<string, string | undefined>>;
  errorOf: (name: string) => string | undefined;
  names?: [string, string];
  labels?: [string, string];
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField id={names[0]} type="password" label={labels[0]} hint={m.fields.passwordHint} autoComplete="new-password" maxLength={128} error={errorOf(names[0])} registration={form.register(names[0])} />
      <FormField id={names[1]} type="password" label={labels[1]} autoComplete="new-password" maxLength={128} error={errorOf(names[1])} registration={form.register(names[1])} />
    </div>
  );
}
