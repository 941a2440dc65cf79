/** The client's address for throttling: the first X-Forwarded-For hop set by our reverse proxy, else X-Real-IP. */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || headers.get("x-real-ip") || "unknown").slice(0, 100);
}
