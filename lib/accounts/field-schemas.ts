import { z } from "zod";
import { inputString } from "@/lib/validation/boundary-schemas";
import { checkCccd, isIsoDate, isStrongPassword, isTaxCode, normalizeMobilePhone } from "./identity-rules";

/**
 * The field errors of the accounts forms, as catalog keys (messages/<locale>/validation.json): schemas are
 * built when the module loads, before any request, so they hold keys and FieldError shows the text in the
 * reader's language (docs/i18n.md, "Field errors").
 */
export const FIELD_ERRORS = {
  required: "validation.accounts.required",
  fullName: "validation.accounts.fullName",
  businessName: "validation.accounts.businessName",
  legalRepresentative: "validation.accounts.legalRepresentative",
  cccdFormat: "validation.accounts.cccdFormat",
  cccdProvince: "validation.accounts.cccdProvince",
  cccdYear: "validation.accounts.cccdYear",
  dateOfBirth: "validation.accounts.dateOfBirth",
  dateOfBirthFuture: "validation.accounts.dateOfBirthFuture",
  dateOfBirthTooOld: "validation.accounts.dateOfBirthTooOld",
  phone: "validation.accounts.phone",
  email: "validation.accounts.email",
  address: "validation.accounts.address",
  passwordLength: "validation.accounts.passwordLength",
  passwordStrength: "validation.accounts.passwordStrength",
  passwordMismatch: "validation.accounts.passwordMismatch",
  taxCode: "validation.accounts.taxCode",
  emailTaken: "validation.accounts.emailTaken",
  currentPasswordWrong: "validation.accounts.currentPasswordWrong",
  newPasswordSame: "validation.accounts.newPasswordSame",
  signInInvalid: "validation.accounts.signInInvalid",
} as const;

const e = FIELD_ERRORS;

/** Field schemas shared by every accounts form; each form's schema lives in its own *-schema.ts. */
export const fullNameField = inputString().trim().min(2, e.fullName).max(100, e.fullName);

export const emailField = inputString()
  .trim()
  .min(1, e.required)
  .max(254, e.email)
  .pipe(z.email(e.email))
  .transform((value) => value.toLowerCase());

export const phoneField = inputString()
  .trim()
  .min(1, e.required)
  .refine((value) => normalizeMobilePhone(value) !== null, e.phone)
  .transform((value) => normalizeMobilePhone(value) ?? value);

export const addressField = inputString().trim().min(5, e.address).max(300, e.address);

export const passwordField = inputString().min(8, e.passwordLength).max(128, e.passwordLength).refine(isStrongPassword, e.passwordStrength);

export const cccdField = inputString()
  .transform((value) => value.replace(/\s+/g, ""))
  .superRefine((value, ctx) => {
    const problem = checkCccd(value);
    if (problem === "format") ctx.addIssue({ code: "custom", message: value ? e.cccdFormat : e.required });
    if (problem === "province") ctx.addIssue({ code: "custom", message: e.cccdProvince });
  });

export const taxCodeField = inputString()
  .transform((value) => value.replace(/\s+/g, ""))
  .refine(isTaxCode, e.taxCode);

/** yyyy-mm-dd (the value of <input type="date">), from 1900 to today. */
export const dateOfBirthField = inputString()
  .trim()
  .refine(isIsoDate, e.dateOfBirth)
  .refine((value) => value >= "1900-01-01", e.dateOfBirthTooOld)
  .refine((value) => value <= new Date().toISOString().slice(0, 10), e.dateOfBirthFuture);
