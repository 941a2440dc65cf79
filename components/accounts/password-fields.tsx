import type { UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/ui/field";
import { useTranslations } from "next-intl";

type Registration = {
  form: UseFormReturn<Record<string, string | undefined>>;
  errorOf: (name: string) => string | undefined;
};

/** The password the user has now, to sign in or to confirm a change (never refilled after an error). */
export function CurrentPasswordField({ form, errorOf, name, label }: Registration & { name: string; label: string }) {
  return (
    <TextField
      id={name}
      type="password"
      label={label}
      autoComplete="current-password"
      maxLength={128}
      required
      error={errorOf(name)}
      {...form.register(name)}
    />
  );
}

/** A new password and its confirmation (never refilled after an error). */
export function PasswordFields({
  form,
  errorOf,
  names = ["password", "confirmPassword"],
  labels,
}: Registration & {
  names?: [string, string];
  labels?: [string, string];
}) {
  const t = useTranslations("accounts");
  const [label, confirmLabel] = labels ?? [t("fields.password"), t("fields.confirmPassword")];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        id={names[0]}
        type="password"
        label={label}
        hint={t("fields.passwordHint")}
        autoComplete="new-password"
        maxLength={128}
        required
        error={errorOf(names[0])}
        {...form.register(names[0])}
      />
      <TextField
        id={names[1]}
        type="password"
        label={confirmLabel}
        autoComplete="new-password"
        maxLength={128}
        required
        error={errorOf(names[1])}
        {...form.register(names[1])}
      />
    </div>
  );
}
