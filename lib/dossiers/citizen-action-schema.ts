import { z } from "zod";
import { inputString } from "@/lib/validation/boundary-schemas";

export const citizenActionSchema = z.object({
  code: inputString().min(1).max(60),
  version: z.coerce.number().int().min(1),
  action: z.enum(["supplement", "request-withdrawal", "withdraw"], { error: "Thao tác không hợp lệ" }),
  note: inputString().trim().max(4000, "Ghi chú tối đa 4000 ký tự").default(""),
});

export type CitizenActionInput = z.infer<typeof citizenActionSchema>;

export interface CitizenFormState {
  ok: boolean;
  message: string;
  fieldErrors: Record<string, string>;
}
