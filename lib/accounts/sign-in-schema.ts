import { z } from "zod";
import { inputString } from "@/lib/validation/boundary-schemas";
import { FIELD_ERRORS } from "./field-schemas";

const e = FIELD_ERRORS;

/** Sign-in: one identifier field (CCCD, tax code or email) and the password; `next` is checked separately. */
export const signInSchema = z.object({
  identifier: inputString().trim().min(1, e.required).max(254, e.signInInvalid),
  password: inputString().min(1, e.required).max(128, e.signInInvalid),
  next: inputString().optional(),
});
