import { z } from "zod";
import { inputString } from "@/lib/validation/boundary-schemas";
import type { ApplicantDetails } from "@/lib/dossiers/applicant-details";
import { isValidIsoDate, submissionFieldMessages as m } from "@/lib/forms/build-form-schema";

/**
 * Step 1 of the wizard: who submits (prefilled from the account), for whom (ủy quyền), and, for district-
 * and commune-level services, which unit receives the dossier. One flat schema for the form and the server.
 */

const text = (max: number) => inputString().trim().min(1, m.required).max(max, m.maxLength(max));
/** CCCD (12 digits), tax code (10 or 10-3 digits) or passport (a letter and 7 digits). */
export const ID_NUMBER = /^(?:[0-9]{12}|[0-9]{10}(?:-[0-9]{3})?|[A-Z][0-9]{7})$/;
const idNumber = inputString().trim().toUpperCase().regex(ID_NUMBER, m.idNumber);
const phone = inputString()
  .trim()
  .regex(/^0[0-9]{9,10}$/, m.tel);
const optionalDate = inputString()
  .trim()
  .refine((v) => v === "" || isValidIsoDate(v), m.date)
  .refine((v) => v === "" || v <= new Date().toISOString().slice(0, 10), m.futureDate);
const checked = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

export const applicantStepSchema = z
  .object({
    fullName: text(120),
    idNumber,
    dateOfBirth: optionalDate.default(""),
    phone,
    email: inputString().trim().toLowerCase().email(m.email).max(200),
    address: text(300),
    onBehalf: checked.default(false),
    behalfFullName: inputString().trim().default(""),
    behalfIdNumber: inputString().trim().toUpperCase().default(""),
    behalfDateOfBirth: optionalDate.default(""),
    behalfPhone: inputString().trim().default(""),
    behalfAddress: inputString().trim().default(""),
    behalfRelationship: inputString().trim().default(""),
    receivingUnitCode: inputString().trim().default(""),
  })
  .superRefine((v, ctx) => {
    if (!v.onBehalf) return;
    const need = (path: string, ok: boolean, message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path: [path], message });
    };
    need("behalfFullName", v.behalfFullName.length > 0 && v.behalfFullName.length <= 120, m.required);
    need("behalfIdNumber", ID_NUMBER.test(v.behalfIdNumber), m.idNumber);
    need("behalfPhone", /^0[0-9]{9,10}$/.test(v.behalfPhone), m.tel);
    need("behalfAddress", v.behalfAddress.length > 0 && v.behalfAddress.length <= 300, m.required);
    need("behalfRelationship", v.behalfRelationship.length > 0 && v.behalfRelationship.length <= 100, m.required);
  });

export type ApplicantStepInput = z.input<typeof applicantStepSchema>;
export type ApplicantStep = z.output<typeof applicantStepSchema>;

export const APPLICANT_FIELDS = [
  "fullName",
  "idNumber",
  "dateOfBirth",
  "phone",
  "email",
  "address",
  "onBehalf",
  "behalfFullName",
  "behalfIdNumber",
  "behalfDateOfBirth",
  "behalfPhone",
  "behalfAddress",
  "behalfRelationship",
  "receivingUnitCode",
] as const;

export function applicantFromStep(step: ApplicantStep): ApplicantDetails {
  return {
    fullName: step.fullName,
    idNumber: step.idNumber,
    ...(step.dateOfBirth ? { dateOfBirth: step.dateOfBirth } : {}),
    phone: step.phone,
    email: step.email,
    address: step.address,
    onBehalfOf: step.onBehalf
      ? {
          fullName: step.behalfFullName,
          idNumber: step.behalfIdNumber,
          ...(step.behalfDateOfBirth ? { dateOfBirth: step.behalfDateOfBirth } : {}),
          phone: step.behalfPhone,
          address: step.behalfAddress,
          relationship: step.behalfRelationship,
        }
      : null,
  };
}

/** The flat step values of stored details (to refill the form, or to validate API input). */
export function stepFromApplicant(a: Partial<ApplicantDetails> | null | undefined, receivingUnitCode = ""): ApplicantStepInput {
  const b = a?.onBehalfOf;
  return {
    fullName: a?.fullName ?? "",
    idNumber: a?.idNumber ?? "",
    dateOfBirth: a?.dateOfBirth ?? "",
    phone: a?.phone ?? "",
    email: a?.email ?? "",
    address: a?.address ?? "",
    onBehalf: Boolean(b),
    behalfFullName: b?.fullName ?? "",
    behalfIdNumber: b?.idNumber ?? "",
    behalfDateOfBirth: b?.dateOfBirth ?? "",
    behalfPhone: b?.phone ?? "",
    behalfAddress: b?.address ?? "",
    behalfRelationship: b?.relationship ?? "",
    receivingUnitCode,
  };
}
