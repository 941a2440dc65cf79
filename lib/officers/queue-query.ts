import { z } from "zod";
import { inputString, localDateSchema, searchTextSchema } from "@/lib/validation/boundary-schemas";
import { ALL_CHANNELS, ALL_STATUSES } from "@/lib/workflow/statuses";

/** The officer area's queues (one tab each; their names are officer.queues.* in the catalog). */
export const QUEUES = [
  "tiep-nhan",
  "dang-xu-ly",
  "cua-toi",
  "cho-phe-duyet",
  "cho-bo-sung",
  "cho-thanh-toan",
  "sap-den-han",
  "qua-han",
  "da-xu-ly",
  "da-tra",
  "tat-ca",
] as const;
export type Queue = (typeof QUEUES)[number];

const optionalDate = localDateSchema.optional().or(z.literal("").transform(() => undefined));

/** Filters of a queue, from the URL (so every list can be bookmarked) — shared by the page and the CSV export. */
export const queueQuerySchema = z.object({
  /** Absent: the officer's own work (defaultQueueFor), decided by the page from the session's roles. */
  queue: z.enum(QUEUES, { error: "validation.officer.queueInvalid" }).optional(),
  q: searchTextSchema(100).default(""),
  service: inputString()
    .trim()
    .max(40)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  status: z.coerce
    .number()
    .pipe(z.literal(ALL_STATUSES))
    .optional()
    .or(z.literal("").transform(() => undefined)),
  channel: z.coerce
    .number()
    .pipe(z.literal(ALL_CHANNELS))
    .optional()
    .or(z.literal("").transform(() => undefined)),
  from: optionalDate,
  to: optionalDate,
  sort: z.enum(["han-tang", "han-giam", "moi-nhat"], { error: "validation.officer.sortInvalid" }).default("han-tang"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

/** A queue's filters with the queue decided: the one named in the URL, or the officer's own work. */
export type QueueQuery = Omit<z.infer<typeof queueQuerySchema>, "queue"> & { queue: Queue };

export function withQueue(parsed: z.infer<typeof queueQuerySchema>, roles: readonly string[]): QueueQuery {
  return { ...parsed, queue: parsed.queue ?? defaultQueueFor(roles) };
}
export const QUEUE_PAGE_SIZE = 20;

/**
 * The queue an officer opens on first: the work of their own role. The roles are checked in the order a
 * dossier meets them (reception, specialist, leader), so an officer holding two lands on the earlier step;
 * other roles (unit admin) see the whole unit.
 */
export function defaultQueueFor(roles: readonly string[]): Queue {
  if (roles.includes("tiep-nhan")) return "tiep-nhan";
  if (roles.includes("chuyen-vien")) return "cua-toi";
  if (roles.includes("lanh-dao")) return "cho-phe-duyet";
  return "tat-ca";
}
