import { TextField } from "@/components/ui/field";
import type { useEnhancedForm } from "@/components/ui/use-enhanced-form";
import { useTranslations } from "next-intl";

export type FieldProps = ReturnType<typeof useEnhancedForm>["fieldProps"];

/** The account's contact details — mobile phone, email, address — in registration and on the profile. */
export function ContactFields({ fieldProps }: { fieldProps: FieldProps }) {
  const t = useTranslations("accounts");
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          {...fieldProps("phone")}
          type="tel"
          label={t("fields.phone")}
          hint={t("fields.phoneHint")}
          autoComplete="tel"
          inputMode="tel"
          maxLength={20}
          required
        />
        <TextField {...fieldProps("email")} type="email" label={t("fields.email")} autoComplete="email" inputMode="email" maxLength={254} required />
      </div>
      <TextField {...fieldProps("address")} label={t("fields.address")} autoComplete="street-address" maxLength={300} required />
    </>
  );
}
