import { getCurrentUser } from "@/lib/auth/current-user";

export const dynamic = "force-dynamic";

const HEADERS = { "Cache-Control": "private, no-store" };

/**
 * Whether this browser is signed in, and as what kind of user: the site header is cached HTML shared by
 * everyone, so its account links ask here once the page has loaded. An officer who has not entered the
 * authenticator code yet is not signed in.
 */
export async function GET() {
  try {
    const user = await getCurrentUser();
    return Response.json(user ? { signedIn: true, kind: user.kind } : { signedIn: false }, { headers: HEADERS });
  } catch {
    return Response.json({ signedIn: false, reason: "session store unavailable" }, { status: 503, headers: HEADERS });
  }
}
