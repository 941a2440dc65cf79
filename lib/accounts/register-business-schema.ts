import { z } from "zod";
import { inputString } from "@/lib/validation/boundary-schemas";
import { FIELD_ERRORS, addressField, emailField, passwordField, phoneField, taxCodeField } from "./field-schemas";

const e = FIELD_ERRORS;

/** Business registration: the same schema in the browser (react-hook-form) and in the server action. */
export const registerBusinessSchema = z
  .object({
    fullName: inputString().trim().min(2, e.businessName).max(200, e.businessName),
    idNumber: taxCodeField,
    legalRepresentative: inputString().trim().min(2, e.legalRepresentative).max(100, e.legalRepresentative),
    phone: phoneField,
    email: emailField,
    address: addressField,
    password: passwordField,
    confirmPassword: inputString(),
  })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: e.passwordMismatch });
export type RegisterBusinessData = z.output<typeof registerBusinessSchema>;
