import { z } from "zod";
import { isValidDate } from "./period";

export const TIERS = ["tinh", "huyen", "xa"] as const;
export type Tier = (typeof TIERS)[number];
export const GROUP_BYS = ["none", "tier", "agency", "unit", "service", "field", "channel", "month"] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/**
 * Which dossiers a report counts. `agencyId`: the unit and the units directly under it (a district and
 * its communes); `unitId`: that unit alone. All filters combine.
 */
export interface ReportScope {
  tier?: Tier;
  agencyId?: number;
  unitId?: number;
  /** Restricts to units the reader may see (an officer's own unit). */
  unitIds?: readonly number[];
  fieldId?: number;
  serviceId?: number;
  channel?: 1 | 2 | 3;
}

const id = z.coerce.number().int().min(1).max(2_147_483_647);
const date = z.string().refine(isValidDate, "Ngày phải có dạng YYYY-MM-DD.");

/** The public API's query (GET /api/v1/statistics); codes, not ids, name units, services and fields. */
export const statisticsQuerySchema = z
  .object({
    from: date,
    to: date,
    tier: z.enum(TIERS).optional(),
    agency: z
      .string()
      .regex(/^\d{3}\.\d{2}\.\d{2}\.H\d{2}$/, "Mã cơ quan không hợp lệ.")
      .optional(),
    unit: z
      .string()
      .regex(/^\d{3}\.\d{2}\.\d{2}\.H\d{2}$/, "Mã đơn vị không hợp lệ.")
      .optional(),
    service: z
      .string()
      .min(1)
      .max(60)
      .regex(/^[0-9A-Za-z.\-]+$/, "Mã thủ tục không hợp lệ.")
      .optional(),
    field: z
      .string()
      .min(1)
      .max(40)
      .regex(/^[0-9A-Za-z.\-_]+$/, "Mã lĩnh vực không hợp lệ.")
      .optional(),
    channel: z.coerce.number().int().min(1).max(3).optional(),
    groupBy: z.enum(GROUP_BYS).default("none"),
  })
  .strict()
  .refine((q) => q.from <= q.to, { path: ["to"], message: "Ngày kết thúc phải sau ngày bắt đầu." })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 10 * 366 * 86_400_000, {
    path: ["to"],
    message: "Kỳ báo cáo dài tối đa 10 năm.",
  });
export type StatisticsQuery = z.infer<typeof statisticsQuerySchema>;
export { id as idSchema };
