import type { UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/ui/field";
import { accountMessages as m } from "@/lib/messages/accounts";

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
      <TextField id={names[0]} type="password" label={labels[0]} hint={m.fields.passwordHint} autoComplete="new-password" maxLength={128} required error={errorOf(names[0])} {...form.register(names[0])} />
      <TextField id={names[1]} type="password" label={labels[1]} autoComplete="new-password" maxLength={128} required error={errorOf(names[1])} {...form.register(names[1])} />
    </div>
  );
}
