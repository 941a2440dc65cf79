import { z } from "zod";
import { parseDossierCode } from "@/lib/dossiers/dossier-code";

/** Field errors as keys of the validation catalog (docs/i18n.md, "Field errors"). */
const m = {
  codeRequired: "validation.tracking.codeRequired",
  codeInvalid: "validation.tracking.codeInvalid",
  idRequired: "validation.tracking.idRequired",
  idInvalid: "validation.tracking.idInvalid",
} as const;
/** CCCD (12 digits), tax code (10 digits or 10-3), passport (letters and digits). */
const ID_NUMBER = /^(?:[0-9]{10}-[0-9]{3}|[A-Z0-9]{6,20})$/;

/** The public lookup's input, shared by the /tra-cuu form and GET /api/v1/dossiers/lookup. */
export const lookupSchema = z.object({
  code: z
    .string({ error: m.codeRequired })
    .trim()
    .min(1, m.codeRequired)
    .max(40, m.codeInvalid)
    .transform((v) => v.toUpperCase())
    .refine((v) => parseDossierCode(v) !== null, m.codeInvalid),
  idNumber: z
    .string({ error: m.idRequired })
    .trim()
    .min(1, m.idRequired)
    .transform((v) => v.replace(/\s+/g, "").toUpperCase())
    .refine((v) => ID_NUMBER.test(v), m.idInvalid),
});

export type LookupInput = z.infer<typeof lookupSchema>;
