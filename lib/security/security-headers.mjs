// Plain JavaScript so that next.config.mjs can import it; the types are in security-headers.d.mts.

/**
 * Paths that answer a file (uploaded documents, the generated PDF slips), not a page. Chrome shows a PDF
 * through an internal <embed>, which a page's `object-src 'none'` would block (crbug.com/271452), so these
 * get their own, smaller policy: no framing, nothing else to govern in a PDF or an image.
 */
export const FILE_ROUTES = ["/ho-so/:code/:file(tep|phieu|phieu-tiep-nhan)/:rest*", "/quan-tri/ho-so/:code/:file(tep)/:rest*"];

/**
 * The Content-Security-Policy of every page. Nonces are out: Next.js can only put a nonce on a page
 * rendered per request, and the catalog pages are cached HTML shared by everyone. Hashes are out too: the
 * App Router streams the page's data in inline <script> tags whose content differs on every page. So
 * inline scripts stay allowed ('unsafe-inline') while everything else is as tight as the pages allow:
 * scripts only from this origin, no eval outside `next dev` (React uses it there for error stacks), no
 * plugins, no <base> hijack, forms only to this origin (and the OIDC provider the sign-in form redirects
 * to), no inline event-handler attributes, no framing.
 *
 * @param {{ NODE_ENV?: string; PORTAL_URL?: string; APP_URL?: string; AUTH_URL?: string; OIDC_ISSUER?: string }} env
 */
export function contentSecurityPolicy(env) {
  const development = env.NODE_ENV === "development";
  const oidcOrigin = originOf(env.OIDC_ISSUER);
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${oidcOrigin ? ` ${oidcOrigin}` : ""}`,
    "frame-ancestors 'none'",
  ];
  if (portalIsHttps(env)) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * The headers of every response, set in one place (next.config.mjs `headers()`, evaluated by `next build`:
 * PORTAL_URL and OIDC_ISSUER must be set when building). HSTS only when the portal is served over https:
 * on plain http a browser ignores it anyway, and on a local http start it would be a lie.
 *
 * @param {{ NODE_ENV?: string; PORTAL_URL?: string; APP_URL?: string; AUTH_URL?: string; OIDC_ISSUER?: string }} env
 * @returns {{ source: string; headers: { key: string; value: string }[] }[]}
 */
export function securityHeaderRules(env) {
  const common = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    // Paths carry dossier codes and one-time tokens: another site never learns them.
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (portalIsHttps(env)) common.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return [
    { source: "/:path*", headers: [...common, { key: "Content-Security-Policy", value: contentSecurityPolicy(env) }] },
    // Later rules win for the same header in Next.js: files replace the page policy with their own.
    ...FILE_ROUTES.map((source) => ({ source, headers: [{ key: "Content-Security-Policy", value: "frame-ancestors 'none'" }] })),
  ];
}

/** @param {{ PORTAL_URL?: string; APP_URL?: string; AUTH_URL?: string }} env */
function portalIsHttps(env) {
  const configured = (env.PORTAL_URL ?? env.APP_URL ?? env.AUTH_URL ?? "").trim();
  return configured.toLowerCase().startsWith("https://");
}

/** @param {string | undefined} url */
function originOf(url) {
  if (!url?.trim()) return null;
  try {
    return new URL(url.trim()).origin;
  } catch {
    return null;
  }
}
