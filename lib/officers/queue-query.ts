import { z } from "zod";
import { ALL_CHANNELS, ALL_STATUSES } from "@/lib/workflow/statuses";

/** The officer area's queues (one tab each). */
export const QUEUES = ["tiep-nhan", "dang-xu-ly", "cua-toi", "cho-bo-sung", "cho-thanh-toan", "sap-den-han", "qua-han", "da-xu-ly", "da-tra", "tat-ca"] as const;
export type Queue = (typeof QUEUES)[number];

export const QUEUE_NAMES: Record<Queue, string> = {
  "tiep-nhan": "Chờ tiếp nhận",
  "dang-xu-ly": "Đang xử lý (đơn vị)",
  "cua-toi": "Đang xử lý (của tôi)",
  "cho-bo-sung": "Chờ bổ sung",
  "cho-thanh-toan": "Chờ thanh toán",
  "sap-den-han": "Đến hạn trong 1 ngày làm việc",
  "qua-han": "Quá hạn",
  "da-xu-ly": "Đã xử lý xong",
  "da-tra": "Đã trả kết quả",
  "tat-ca": "Tất cả",
};

const optionalDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng yyyy-mm-dd")
  .optional()
  .or(z.literal("").transform(() => undefined));

/** Filters of a queue, from the URL (so every list can be bookmarked) — shared by the page and the CSV export. */
export const queueQuerySchema = z.object({
  queue: z.enum(QUEUES, { error: "Danh sách không hợp lệ" }).default("tiep-nhan"),
  q: z.string().trim().max(100, "Từ khóa tối đa 100 ký tự").default(""),
  service: z
    .string()
    .trim()
    .max(40)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  status: z.coerce.number().pipe(z.literal(ALL_STATUSES)).optional().or(z.literal("").transform(() => undefined)),
  channel: z.coerce.number().pipe(z.literal(ALL_CHANNELS)).optional().or(z.literal("").transform(() => undefined)),
  from: optionalDate,
  to: optionalDate,
  sort: z.enum(["han-tang", "han-giam", "moi-nhat"], { error: "Cách sắp xếp không hợp lệ" }).default("han-tang"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export type QueueQuery = z.infer<typeof queueQuerySchema>;
export const QUEUE_PAGE_SIZE = 20;
