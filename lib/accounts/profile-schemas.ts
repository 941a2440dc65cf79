import { z } from "zod";
import { inputString } from "@/lib/validation/boundary-schemas";
import { FIELD_ERRORS, addressField, emailField, passwordField, phoneField } from "./field-schemas";

const e = FIELD_ERRORS;

/** /tai-khoan: contact details the user may change (a new email must be verified again). */
export const updateContactSchema = z.object({ phone: phoneField, email: emailField, address: addressField });
export type UpdateContactData = z.output<typeof updateContactSchema>;

/** /tai-khoan: changing the password needs the current one. */
export const changePasswordSchema = z
  .object({ currentPassword: inputString().min(1, e.required).max(128), newPassword: passwordField, confirmNewPassword: inputString() })
  .refine((value) => value.newPassword === value.confirmNewPassword, { path: ["confirmNewPassword"], message: e.passwordMismatch })
  .refine((value) => value.newPassword !== value.currentPassword, { path: ["newPassword"], message: e.newPasswordSame });
export type ChangePasswordData = z.output<typeof changePasswordSchema>;
