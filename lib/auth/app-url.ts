/** The public base URL for links in emails: APP_URL, else http://localhost:$PORT. */
export function appUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.APP_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}
