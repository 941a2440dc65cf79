const BASE = "http://portal.invalid";

/**
 * Percent-encodings that have no business in a path of ours and that some hop (a proxy, a framework's
 * redirect, a browser's "fix-up") may decode into a slash, a backslash, a dot segment or a control
 * character: %2f, %5c, %2e, %00–%1f, %7f.
 */
const SUSPICIOUS_ENCODING = /%(2f|5c|2e|[01][0-9a-f]|7f)/i;

/**
 * The ?next= of the sign-in pages, kept only when it is a path on this site; anything else becomes
 * `fallback`. The input is refused when it is not a plain absolute path (a scheme, "//host", "/\host",
 * a backslash or control character anywhere, a suspicious percent-encoding or a malformed one); then it
 * is resolved the way a browser resolves it, and the RESULT is checked again, because dot segments can
 * turn a harmless-looking path into a network-path reference ("/..//evil.example" → "//evil.example").
 */
export function safeNextPath(next: unknown, fallback = "/tai-khoan"): string {
  if (typeof next !== "string" || next.length === 0 || next.length > 2000) return fallback;
  if (!isPlainPath(next) || SUSPICIOUS_ENCODING.test(pathPart(next))) return fallback;
  try {
    decodeURIComponent(next);
    const url = new URL(next, BASE);
    if (url.origin !== BASE) return fallback;
    const resolved = url.pathname + url.search + url.hash;
    return isPlainPath(resolved) ? resolved : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Starts with one slash (not "//" nor "/\"), holds no backslash or control character, and no whitespace
 * in its path (a query may hold spaces; it cannot change where the redirect goes).
 */
function isPlainPath(next: string): boolean {
  if (!next.startsWith("/") || next.startsWith("//")) return false;
  return !/[\\\u0000-\u001f\u007f-\u009f]/.test(next) && !/\s/.test(pathPart(next));
}

function pathPart(next: string): string {
  return next.split(/[?#]/, 1)[0] ?? "";
}
