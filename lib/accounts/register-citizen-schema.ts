import { z } from "zod";
import { inputString } from "@/lib/validation/boundary-schemas";
import { FIELD_ERRORS, addressField, cccdField, dateOfBirthField, emailField, fullNameField, passwordField, phoneField } from "./field-schemas";
import { cccdBirthYear } from "./identity-rules";

/** Citizen registration: the same schema in the browser (react-hook-form) and in the server action. */
export const registerCitizenSchema = z
  .object({
    fullName: fullNameField,
    idNumber: cccdField,
    dateOfBirth: dateOfBirthField,
    phone: phoneField,
    email: emailField,
    address: addressField,
    password: passwordField,
    confirmPassword: inputString(),
  })
  .superRefine((value, ctx) => {
    if (cccdBirthYear(value.idNumber) !== Number(value.dateOfBirth.slice(0, 4))) {
      ctx.addIssue({ code: "custom", path: ["idNumber"], message: FIELD_ERRORS.cccdYear });
    }
    if (value.password !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: FIELD_ERRORS.passwordMismatch });
    }
  });
export type RegisterCitizenData = z.output<typeof registerCitizenSchema>;
