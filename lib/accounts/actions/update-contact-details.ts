"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { formValues, invalidForm, type FormState } from "@/lib/validation/form-state";
import { updateContactSchema } from "@/lib/accounts/profile-schemas";
import { updateContactDetails } from "@/lib/accounts/update-contact-details";
import { requireUser } from "@/lib/auth/current-user";
import { accountMessages as m } from "@/lib/messages/accounts";

export async function updateContactAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/tai-khoan");
  const parsed = updateContactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData, [], m.errors.formHasErrors);
  const result = await updateContactDetails(await getDb(), user.id, parsed.data);
  if (!result.ok) return { status: "error", message: m.errors.formHasErrors, fieldErrors: { email: m.errors.emailTaken }, values: formValues(formData) };
  revalidatePath("/tai-khoan");
  return {
    status: "success",
    message: result.emailChanged ? m.profile.contactSavedReverify : m.profile.contactSaved,
    fieldErrors: {},
    values: { phone: parsed.data.phone, email: parsed.data.email, address: parsed.data.address },
  };
}
