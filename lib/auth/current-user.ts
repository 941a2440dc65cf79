/**
 * CONTRACT for the rest of the app:
 *
 *   getCurrentUser(): Promise<CurrentUser | null>   — the signed-in user of this request, checked against
 *                                                    the server-side session row (revocable), or null.
 *   requireUser(returnTo: string): Promise<CurrentUser> — same, but redirects to /dang-nhap?next=<returnTo>
 *                                                    when nobody is signed in.
 *
 * Server components, server actions and route handlers call these; business functions in lib/ take the
 * user's id as a parameter instead, so they can be tested without a request.
 */
import { cookies } from "next/headers";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import { safeNextPath } from "./safe-next-path";
import { findLiveSession } from "./session-store";
import { toCurrentUser } from "./to-current-user";

export interface CurrentUser {
  id: string;
  kind: "citizen" | "business" | "officer";
  email: string;
  emailVerified: boolean;
  fullName: string;
  /** CCCD (citizen) or tax code (business); null for officers. */
  idNumber: string | null;
  dateOfBirth: string | null;
  phone: string;
  address: string;
  /** Officer only. */
  unitId: number | null;
  roles: string[];
}

/**
 * Session cookies already decrypted, by value. Opening the encrypted cookie (a key derivation and an
 * AES-HMAC check) costs more than the session query itself; the same cookie value always holds the same
 * session id, and the session row (revocation, expiry) is still read on every request. Entries live a few
 * minutes; the map is emptied when it grows past its bound.
 */
const openedTokens = new Map<string, { sessionId: string | null; until: number }>();
const OPENED_TOKEN_MS = 5 * 60_000;
const MAX_OPENED_TOKENS = 20_000;
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** The id of this request's server-side session (from the signed cookie), or null. */
export const getCurrentSessionId = cache(async (): Promise<string | null> => {
  const token = (await cookies())
    .getAll()
    .filter((c) => SESSION_COOKIE.test(c.name))
    .map((c) => `${c.name}=${c.value}`)
    .join("; ");
  if (!token) return null;
  const now = Date.now();
  const opened = openedTokens.get(token);
  if (opened && opened.until > now) return opened.sessionId;
  const sessionId = (await auth())?.sessionId ?? null;
  if (openedTokens.size >= MAX_OPENED_TOKENS) openedTokens.clear();
  openedTokens.set(token, { sessionId, until: now + OPENED_TOKEN_MS });
  return sessionId;
});

/** This request's live session and its user, whatever the second-factor state (once per request). */
export const getLiveSession = cache(async () => {
  const sessionId = await getCurrentSessionId();
  return sessionId ? findLiveSession(await getDb(), sessionId) : null;
});

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const live = await getLiveSession();
  if (!live) return null;
  // An officer is signed in only once the authenticator code (second factor) was entered.
  if (live.user.kind === "officer" && !live.session.secondFactorAt) return null;
  return toCurrentUser(live.user);
});

export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const next = encodeURIComponent(safeNextPath(returnTo));
    const live = await getLiveSession();
    return redirectInLocale(live?.user.kind === "officer" ? `/dang-nhap/xac-thuc?next=${next}` : `/dang-nhap?next=${next}`);
  }
  return user;
}
