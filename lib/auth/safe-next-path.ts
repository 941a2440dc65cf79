/**
 * The ?next= of the sign-in page, kept only when it is a path on this site: no scheme, no "//host",
 * no backslash tricks, no control characters. Anything else becomes `fallback`.
 */
export function safeNextPath(next: unknown, fallback = "/tai-khoan"): string {
  if (typeof next !== "string" || next.length === 0 || next.length > 2000) return fallback;
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
  try {
    const url = new URL(next, "http://portal.invalid");
    if (url.origin !== "http://portal.invalid") return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
