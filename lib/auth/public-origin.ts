/**
 * The origin the browser used: APP_URL's when set, else the (forwarded) Host and protocol of the request.
 * Next.js gives route handlers a URL on its own hostname (e.g. localhost), while server actions see the
 * browser's Host; Auth.js must build the same callback URL in both, or the OIDC code exchange fails.
 */
export function publicOrigin(headers: Headers, fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.APP_URL?.trim();
  if (configured) return new URL(configured).origin;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host) return fallback;
  const protocol = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || new URL(fallback).protocol.replace(":", "");
  try {
    return new URL(`${protocol}://${host}`).origin;
  } catch {
    return fallback;
  }
}
