/**
 * The client's address for throttling: the last X-Forwarded-For hop (added by our own proxy or by
 * Next.js itself, so a client cannot choose it), else X-Real-IP, else "unknown".
 */
export function clientAddressFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const hops = forwarded?.split(",").map((hop) => hop.trim()).filter(Boolean) ?? [];
  return (hops.at(-1) ?? headers.get("x-real-ip")?.trim() ?? "unknown").slice(0, 100) || "unknown";
}
