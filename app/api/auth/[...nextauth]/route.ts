import { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { publicOrigin } from "@/lib/auth/public-origin";

/**
 * Auth.js endpoints, seen at the browser's origin (see publicOrigin): `request.url` of a route handler
 * is on the server's own hostname even when `nextUrl` follows the Host header.
 */
function atPublicOrigin(handler: (request: NextRequest) => Promise<Response>) {
  return (request: NextRequest) => {
    const url = new URL(request.url);
    const origin = publicOrigin(request.headers, url.origin);
    if (origin === url.origin) return handler(request);
    return handler(new NextRequest(origin + url.pathname + url.search, request));
  };
}

export const GET = atPublicOrigin(handlers.GET);
export const POST = atPublicOrigin(handlers.POST);
