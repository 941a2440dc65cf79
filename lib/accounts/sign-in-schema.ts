import { z } from "zod";
import { accountMessages } from "@/lib/messages/accounts";

const e = accountMessages.errors;

/** Sign-in: one identifier field (CCCD, tax code or email) and the password; `next` is checked separately. */
export const signInSchema = z.object({
  identifier: z.string().trim().min(1, e.required).max(254, e.signInInvalid),
  password: z.string().min(1, e.required).max(128, e.signInInvalid),
  next: z.string().optional(),
});
