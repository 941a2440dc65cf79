import type { Account, Profile } from "next-auth";
import type { Provider } from "next-auth/providers";
import type { DatabaseOrTransaction } from "@/db/client";
import { linkOidcAccount } from "@/lib/accounts/link-oidc-account";
import { serverEnv, type ServerEnv } from "@/lib/config";

export const OIDC_PROVIDER_ID = "oidc";

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

/** The national identity provider (VNeID-style), on only when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. */
export function readOidcSettings(env: ServerEnv = serverEnv()): OidcSettings | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, name: env.OIDC_NAME };
}

export function oidcProviders(): Provider[] {
  const settings = readOidcSettings();
  if (!settings) return [];
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: settings.name,
      type: "oidc",
      issuer: settings.issuer,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      authorization: { params: { scope: "openid profile email" } },
      checks: ["pkce", "state", "nonce"],
      // The ID token is validated, then the claims (name, email) are read from the userinfo endpoint.
      idToken: false,
    },
  ];
}

/** The portal user for an OIDC sign-in (created or linked), or null when the profile is unusable. */
export async function signInWithOidcProfile(db: DatabaseOrTransaction, account: Account, profile: Profile | undefined): Promise<string | null> {
  const settings = readOidcSettings();
  const subject = profile?.sub ?? account.providerAccountId;
  if (!settings || account.provider !== OIDC_PROVIDER_ID || !subject) return null;
  return linkOidcAccount(db, {
    issuer: settings.issuer,
    subject,
    email: typeof profile?.email === "string" ? profile.email : null,
    emailVerified: profile?.email_verified === true,
    fullName: typeof profile?.name === "string" ? profile.name : null,
  });
}
