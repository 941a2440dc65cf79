import { z } from "zod";

export const citizenActionSchema = z.object({
  code: z.string().min(1).max(60),
  version: z.coerce.number().int().min(1),
  action: z.enum(["supplement", "request-withdrawal", "withdraw"], { error: "Thao tác không hợp lệ" }),
  note: z.string().trim().max(4000, "Ghi chú tối đa 4000 ký tự").default(""),
});

export interface CitizenFormState {
  ok: boolean;
  message: string;
  fieldErrors: Record<string, string>;
}
