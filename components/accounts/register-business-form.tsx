"use client";

import { registerBusinessAction } from "@/lib/accounts/actions/register-account";
import { TextField } from "@/components/ui/field";
import { registerBusinessSchema } from "@/lib/accounts/register-business-schema";
import { useTranslations } from "next-intl";
import { RegistrationForm } from "./registration-form";

export function RegisterBusinessForm() {
  const t = useTranslations("accounts");
  return (
    <RegistrationForm
      schema={registerBusinessSchema}
      action={registerBusinessAction}
      identity={(fieldProps) => (
        <>
          <TextField {...fieldProps("fullName")} label={t("fields.businessName")} autoComplete="organization" maxLength={200} required />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              {...fieldProps("idNumber")}
              label={t("fields.taxCode")}
              hint={t("fields.taxCodeHint")}
              autoComplete="off"
              maxLength={20}
              required
            />
            <TextField {...fieldProps("legalRepresentative")} label={t("fields.legalRepresentative")} autoComplete="name" maxLength={100} required />
          </div>
        </>
      )}
    />
  );
}
