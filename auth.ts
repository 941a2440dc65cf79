import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { authenticate } from "@/lib/auth/authenticate";
import { clientAddress } from "@/lib/auth/client-address";
import { createSession } from "@/lib/auth/sessions";
import { oidcProviders, oidcSettings } from "@/lib/auth/oidc-provider";
import { linkOidcAccount } from "@/lib/auth/link-oidc-account";

function oidcIdentity(account: { providerAccountId: string }, profile: Record<string, unknown> | undefined) {
  return { issuer: oidcSettings()?.issuer ?? String(profile?.iss ?? ""), subject: String(profile?.sub ?? account.providerAccountId), profile: profile ?? {} };
}

class InvalidCredentials extends CredentialsSignin {
  code = "sai-thong-tin";
}
class LockedOut extends CredentialsSignin {
  code = "tam-khoa";
}

/**
 * Auth.js: the credentials sign-in (email / CCCD / tax code + password) and, when configured, the
 * national identity provider (OIDC). The signed cookie carries only a server-side session id; every
 * request checks that session in the database (lib/auth/current-user.ts), so it can be revoked.
 */
export const authConfig = {
  secret: getAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 14 * 86_400 },
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  providers: [
    Credentials({
      id: "credentials",
      credentials: { identifier: {}, password: {} },
      async authorize(credentials, request) {
        const identifier = typeof credentials.identifier === "string" ? credentials.identifier : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        const db = await getDb();
        const ip = clientAddress(request.headers);
        const result = await authenticate(db, { identifier, password, ip });
        if (!result.ok) throw result.reason === "locked" ? new LockedOut() : new InvalidCredentials();
        const sid = await createSession(db, result.user.id, { userAgent: request.headers.get("user-agent") ?? "", ipAddress: ip });
        return { id: result.user.id, sid };
      },
    }),
    ...oidcProviders(),
  ],
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.type !== "oidc") return true;
      const linked = await linkOidcAccount(await getDb(), oidcIdentity(account, profile));
      return linked ? true : "/dang-nhap?loi=oidc";
    },
    async jwt({ token, user, account, profile }) {
      if (account?.type === "oidc") {
        // First request after the identity provider's redirect: open a portal session for the linked account.
        const db = await getDb();
        const linked = await linkOidcAccount(db, oidcIdentity(account, profile));
        if (linked) token.sid = await createSession(db, linked.id, {});
      } else if (user?.sid) {
        token.sid = user.sid;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
} satisfies NextAuthConfig;

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
