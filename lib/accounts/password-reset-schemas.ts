import { z } from "zod";
import { inputString } from "@/lib/validation/boundary-schemas";
import { FIELD_ERRORS, emailField, passwordField } from "./field-schemas";

const e = FIELD_ERRORS;

/** /quen-mat-khau: the email to send the link to. */
export const requestPasswordResetSchema = z.object({ email: emailField });

/** /quen-mat-khau/dat-lai: the new password, twice; the token rides along in a hidden field. */
export const resetPasswordSchema = z
  .object({ token: inputString().min(1).max(200), password: passwordField, confirmPassword: inputString() })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: e.passwordMismatch });
