"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { formValues, invalidForm, type FormState } from "@/lib/validation/form-state";
import { updateContactSchema } from "@/lib/accounts/profile-schemas";
import { updateContactDetails } from "@/lib/accounts/update-contact-details";
import { requireUser } from "@/lib/auth/current-user";
import { getLocale, getTranslations } from "next-intl/server";
import { FIELD_ERRORS } from "@/lib/accounts/field-schemas";

export async function updateContactAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/tai-khoan");
  const t = await getTranslations("accounts");
  const parsed = updateContactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData, [], t("errors.formHasErrors"));
  // Saving the contact details from a page in a language makes it the account's language (docs/i18n.md).
  const result = await updateContactDetails(await getDb(), user.id, { ...parsed.data, locale: await getLocale() });
  if (!result.ok)
    return { status: "error", message: t("errors.formHasErrors"), fieldErrors: { email: FIELD_ERRORS.emailTaken }, values: formValues(formData) };
  revalidatePath("/tai-khoan");
  return {
    status: "success",
    message: result.emailChanged ? t("profile.contactSavedReverify") : t("profile.contactSaved"),
    fieldErrors: {},
    values: { phone: parsed.data.phone, email: parsed.data.email, address: parsed.data.address },
  };
}
