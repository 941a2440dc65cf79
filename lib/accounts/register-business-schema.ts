import { z } from "zod";
import { accountMessages } from "@/lib/messages/accounts";
import { addressField, emailField, passwordField, phoneField, taxCodeField } from "./field-schemas";

const e = accountMessages.errors;

/** Business registration: the same schema in the browser (react-hook-form) and in the server action. */
export const registerBusinessSchema = z
  .object({
    fullName: z.string().trim().min(2, e.businessName).max(200, e.businessName),
    idNumber: taxCodeField,
    legalRepresentative: z.string().trim().min(2, e.legalRepresentative).max(100, e.legalRepresentative),
    phone: phoneField,
    email: emailField,
    address: addressField,
    password: passwordField,
    confirmPassword: z.string(),
  })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: e.passwordMismatch });
export type RegisterBusinessData = z.output<typeof registerBusinessSchema>;
