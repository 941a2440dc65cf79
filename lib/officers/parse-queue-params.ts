import { queueQuerySchema, withQueue, type QueueQuery } from "./queue-query";

/**
 * Reads a queue's URL parameters; invalid ones are dropped with a message for their field. Without a
 * queue in the URL the officer's roles choose it (their own work).
 */
export function parseQueueParams(
  params: Record<string, string | string[] | undefined>,
  roles: readonly string[],
): { query: QueueQuery; errors: Record<string, string> } {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) flat[key] = first;
  }
  const parsed = queueQuerySchema.safeParse(flat);
  if (parsed.success) return { query: withQueue(parsed.data, roles), errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? "");
    errors[key] ??= issue.message;
    delete flat[key];
  }
  const retry = queueQuerySchema.safeParse(flat);
  return { query: withQueue(retry.success ? retry.data : queueQuerySchema.parse({}), roles), errors };
}
