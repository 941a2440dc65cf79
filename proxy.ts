import { NextResponse, type NextRequest } from "next/server";
import { checkRequestPath } from "@/lib/validation/check-request-path";

/**
 * Runs before routing: a path Next.js cannot decode, or that carries a NUL or an absurdly long segment,
 * never reaches a route (docs/security.md, "Boundary parsing"). The API answers 400 in JSON; pages show
 * the not-found page.
 */
export function proxy(request: NextRequest) {
  // Every server action of the portal takes a form: the browser's script sends it as multipart. Any other
  // body is a forged call, which Next.js would decode (or fail to) into arguments the action never expects.
  if (request.method === "POST" && request.headers.has("next-action") && !(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    return new NextResponse("Yêu cầu không hợp lệ.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const problem = checkRequestPath(request.nextUrl.pathname);
  if (!problem) return NextResponse.next();
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "bad_path", message: "Đường dẫn không hợp lệ." }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  return NextResponse.rewrite(new URL("/khong-tim-thay", request.url), { status: 404 });
}

export const config = {
  // Static assets are never routed by a param. Nor are the upload routes when their segment is a plain
  // UUID or dossier code (nothing to decode, no NUL, short): for a request with a body, Next.js reads the
  // WHOLE body before the proxy's answer lets the route run, keeping the first 10 MB and dropping the rest
  // (proxyClientMaxBodySize) — uploads would stop streaming into storage and a longer body would arrive
  // cut. Any other spelling of those paths still goes through the checks above.
  matcher: [
    "/((?!_next/static|_next/image|favicon.svg|robots.txt|api/v1/drafts/[0-9a-f-]+/files$|ho-so/[0-9A-Za-z.-]+/tai-len$|quan-tri/ho-so/[0-9A-Za-z.-]+/tai-len$).*)",
  ],
};
