"use server";

import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { invalidForm, formValues, type FormState } from "@/lib/validation/form-state";
import { registerAccount, type RegisterAccountInput } from "@/lib/accounts/register-account";
import { registerBusinessSchema } from "@/lib/accounts/register-business-schema";
import { registerCitizenSchema } from "@/lib/accounts/register-citizen-schema";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { getLocale, getTranslations } from "next-intl/server";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
const PASSWORDS = ["password", "confirmPassword"] as const;

/** A new account and an existing one get the same answer (registerAccount tells the existing owner by email). */
async function register(input: RegisterAccountInput, formData: FormData): Promise<FormState> {
  const t = await getTranslations("accounts.errors");
  let result;
  try {
    // The account's language is the one of the page it registered on: its mail and notifications use it.
    result = await registerAccount(await getDb(), { ...input, locale: await getLocale() }, { clientAddress: clientAddressFrom(await headers()) });
  } catch (error) {
    console.error("Registration failed", error);
    return { status: "error", message: t("generic"), fieldErrors: {}, values: formValues(formData, PASSWORDS) };
  }
  if (!result.ok) {
    const message = t("registrationRateLimited", { minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) });
    return { status: "error", message, fieldErrors: {}, values: formValues(formData, PASSWORDS) };
  }
  return redirectInLocale("/dang-nhap?tb=da-dang-ky");
}

export async function registerCitizenAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = registerCitizenSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData, PASSWORDS, (await getTranslations("accounts"))("errors.formHasErrors"));
  return register({ kind: "citizen", ...parsed.data }, formData);
}

export async function registerBusinessAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = registerBusinessSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData, PASSWORDS, (await getTranslations("accounts"))("errors.formHasErrors"));
  return register({ kind: "business", ...parsed.data }, formData);
}
