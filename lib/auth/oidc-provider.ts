import type { Provider } from "next-auth/providers";

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

/** The national identity provider (VNeID-style) from OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET; off when unset. */
export function oidcSettings(env: Record<string, string | undefined> = process.env): OidcSettings | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, name: env.OIDC_NAME || "VNeID" };
}

export const OIDC_PROVIDER_ID = "dinh-danh-quoc-gia";

export function oidcProviders(env: Record<string, string | undefined> = process.env): Provider[] {
  const settings = oidcSettings(env);
  if (!settings) return [];
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: settings.name,
      type: "oidc",
      issuer: settings.issuer,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: "openid profile email" } },
    },
  ];
}
