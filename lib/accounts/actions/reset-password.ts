"use server";

// The reset page sends no Referer, so redirectInLocale cannot know its language: the form names it.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, localizeHref } from "@/lib/i18n/locales";
import { getDb } from "@/db/client";
import { formValues, invalidForm, type FormState } from "@/lib/validation/form-state";
import { resetPasswordSchema } from "@/lib/accounts/password-reset-schemas";
import { resetPassword } from "@/lib/accounts/reset-password";

export async function resetPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const omit = ["password", "confirmPassword", "locale"];
  // The reset page sends no Referer (its address holds the token), so it names its language itself.
  const asked = formData.get("locale");
  const locale = isLocale(asked) ? asked : await getLocale();
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData, omit);
  const userId = await resetPassword(await getDb(), parsed.data.token, parsed.data.password);
  if (!userId)
    return {
      status: "error",
      message: (await getTranslations({ locale, namespace: "accounts" }))("errors.tokenInvalid"),
      fieldErrors: {},
      values: formValues(formData, omit),
    };
  redirect(localizeHref("/dang-nhap?tb=da-dat-lai", locale));
}
