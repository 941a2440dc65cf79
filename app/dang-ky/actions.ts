"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { invalidForm, formValues, type FormState } from "@/lib/accounts/form-state";
import { registerAccount, type RegisterAccountInput } from "@/lib/accounts/register-account";
import { registerBusinessSchema } from "@/lib/accounts/register-business-schema";
import { registerCitizenSchema } from "@/lib/accounts/register-citizen-schema";
import { accountMessages } from "@/lib/messages/accounts";

const e = accountMessages.errors;
const PASSWORDS = ["password", "confirmPassword"] as const;

async function register(input: RegisterAccountInput, formData: FormData): Promise<FormState> {
  const result = await registerAccount(await getDb(), input);
  if (!result.ok) {
    const message = result.taken === "email" ? e.emailTaken : input.kind === "citizen" ? e.idNumberTaken : e.taxCodeTaken;
    return { status: "error", message: e.formHasErrors, fieldErrors: { [result.taken]: message }, values: formValues(formData, PASSWORDS) };
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
