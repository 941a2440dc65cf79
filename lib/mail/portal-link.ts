/** An absolute link to a portal page for emails: PORTAL_URL (or AUTH_URL) in production. */
export function portalLink(path: string): string {
  const base = (process.env.PORTAL_URL ?? process.env.AUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  return `${base}${path}`;
}
