import { serverEnv, type ServerEnv } from "@/lib/config";

/**
 * The portal's public address for links in emails, PDFs and the payment gateway: PORTAL_URL (APP_URL and
 * AUTH_URL are read too), else http://localhost:$PORT for a local start.
 */
export function portalBaseUrl(env: Pick<ServerEnv, "PORTAL_URL" | "APP_URL" | "AUTH_URL" | "PORT"> = serverEnv()): string {
  const configured = env.PORTAL_URL ?? env.APP_URL ?? env.AUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${env.PORT}`;
}

/** An absolute link to a portal page. */
export function portalLink(path: string): string {
  return `${portalBaseUrl()}${path}`;
}
