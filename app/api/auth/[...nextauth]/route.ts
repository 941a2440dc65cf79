import { handlers } from "@/auth";
import { AUTH_FORM_MAX_BYTES, withBoundedBody } from "@/lib/http/bounded-body";

export const GET = handlers.GET;
// Anonymous and reachable by anyone (/api/auth/callback/credentials): Auth.js would read any body whole.
export const POST = withBoundedBody(handlers.POST, AUTH_FORM_MAX_BYTES);
