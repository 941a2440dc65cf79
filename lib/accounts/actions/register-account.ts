"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { invalidForm, formValues, type FormState } from "@/lib/validation/form-state";
import { registerAccount, type RegisterAccountInput } from "@/lib/accounts/register-account";
import { registerBusinessSchema } from "@/lib/accounts/register-business-schema";
import { registerCitizenSchema } from "@/lib/accounts/register-citizen-schema";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { accountMessages } from "@/lib/messages/accounts";

const e = accountMessages.errors;
const PASSWORDS = ["password", "confirmPassword"] as const;

/** A new account and an existing one get the same answer (registerAccount tells the existing owner by email). */
async function register(input: RegisterAccountInput, formData: FormData): Promise<FormState> {
  let result;
  try {
    result = await registerAccount(await getDb(), input, { clientAddress: clientAddressFrom(await headers()) });
  } catch (error) {
    console.error("Registration failed", error);
    return { status: "error", message: e.generic, fieldErrors: {}, values: formValues(formData, PASSWORDS) };
  }
  if (!result.ok) {
    const message = e.registrationRateLimited(Math.max(1, Math.ceil(result.retryAfterSeconds / 60)));
    return { status: "error", message, fieldErrors: {}, values: formValues(formData, PASSWORDS) };
  }
  redirect("/dang-nhap?tb=da-dang-ky");
}

export async function registerCitizenAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = registerCitizenSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData, PASSWORDS, e.formHasErrors);
  return register({ kind: "citizen", ...parsed.data }, formData);
}

export async function registerBusinessAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = registerBusinessSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData, PASSWORDS, e.formHasErrors);
  return register({ kind: "business", ...parsed.data }, formData);
}
