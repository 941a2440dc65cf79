import type { QueueQuery } from "./queue-query";

/** The URL of a queue view; defaults are left out so links stay short. */
export function queueHref(base: string, query: Partial<QueueQuery>, overrides: Partial<QueueQuery> = {}): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  const defaults: Partial<Record<keyof QueueQuery, unknown>> = { q: "", sort: "han-tang", page: 1 };
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === null || value === "" || defaults[key as keyof QueueQuery] === value) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${base}?${text}` : base;
}
