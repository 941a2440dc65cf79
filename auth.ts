import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { signInWithPassword } from "@/lib/accounts/sign-in-with-password";
import { resolveAuthSecret } from "@/lib/auth/auth-secret";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { oidcProviders, signInWithOidcProfile } from "@/lib/auth/oidc-provider-config";
import { createSession, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-store";

declare module "next-auth" {
  interface Session {
    /** Server-side session id (sessions.id); getCurrentUser() checks its row on every call. */
    sessionId?: string;
  }
}

/** A failed password sign-in; `code` ("invalid" or "locked:<iso time>") tells the form what to say. */
class PasswordSignInFailed extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const config: NextAuthConfig = {
  secret: resolveAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  providers: [
    Credentials({
      id: "credentials",
      credentials: { identifier: {}, password: {} },
      async authorize(credentials, request) {
        const identifier = typeof credentials.identifier === "string" ? credentials.identifier : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        if (!identifier || !password) throw new PasswordSignInFailed("invalid");
        const result = await signInWithPassword(await getDb(), {
          identifier,
          password,
          clientAddress: clientAddressFrom(request.headers),
        });
        if (!result.ok) {
          throw new PasswordSignInFailed(result.reason === "locked" ? `locked:${result.lockedUntil.toISOString()}` : "invalid");
        }
        return { id: result.user.id, email: result.user.email, name: result.user.fullName };
      },
    }),
    ...oidcProviders(),
  ],
  callbacks: {
    async jwt({ token, user, account, profile }) {
      if (!user || !account) return token;
      const db = await getDb();
      const userId = account.type === "credentials" ? user.id : await signInWithOidcProfile(db, account, profile);
      if (!userId) throw new CredentialsSignin();
      const requestHeaders = await headers();
      const sessionId = await createSession(db, userId, {
        userAgent: requestHeaders.get("user-agent") ?? "",
        ipAddress: clientAddressFrom(requestHeaders),
      });
      // Only the session id travels in the cookie; everything else is read from the database.
      return { sid: sessionId, sub: userId };
    },
    session({ session, token }) {
      const sessionId = typeof token.sid === "string" ? token.sid : undefined;
      return { ...session, sessionId };
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(config);
