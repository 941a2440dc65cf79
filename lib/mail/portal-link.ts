/**
 * The portal's public address for links in emails, PDFs and the payment gateway: PORTAL_URL (APP_URL and
 * AUTH_URL are read too), else http://localhost:$PORT for a local start.
 */
export function portalBaseUrl(env: Record<string, string | undefined> = process.env): string {
  const configured = (env.PORTAL_URL ?? env.APP_URL ?? env.AUTH_URL)?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}

/** An absolute link to a portal page. */
export function portalLink(path: string): string {
  return `${portalBaseUrl()}${path}`;
}
