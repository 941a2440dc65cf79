"use client";

import { registerCitizenAction } from "@/lib/accounts/actions/register-account";
import { TextField } from "@/components/ui/field";
import { registerCitizenSchema } from "@/lib/accounts/register-citizen-schema";
import { useTranslations } from "next-intl";
import { RegistrationForm } from "./registration-form";

export function RegisterCitizenForm() {
  const t = useTranslations("accounts");
  return (
    <RegistrationForm
      schema={registerCitizenSchema}
      action={registerCitizenAction}
      identity={(fieldProps) => (
        <>
          <TextField {...fieldProps("fullName")} label={t("fields.fullName")} autoComplete="name" maxLength={100} required />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              {...fieldProps("idNumber")}
              label={t("fields.idNumber")}
              hint={t("fields.idNumberHint")}
              inputMode="numeric"
              autoComplete="off"
              maxLength={20}
              required
            />
            <TextField {...fieldProps("dateOfBirth")} type="date" label={t("fields.dateOfBirth")} autoComplete="bday" required />
          </div>
        </>
      )}
    />
  );
}
