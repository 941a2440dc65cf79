import { NextResponse, type NextRequest } from "next/server";
import { badPathPage } from "@/lib/http/bad-path-page";
import { alternateLinks } from "@/lib/i18n/alternate-links";
import { localeOfPath, stripLocale } from "@/lib/i18n/locales";
import { checkRequestPath } from "@/lib/validation/check-request-path";

/**
 * Runs before routing: a path Next.js cannot decode, or that carries a NUL or an absurdly long segment,
 * never reaches a route (docs/security.md, "Boundary parsing"). The API answers 400 in JSON; pages show
 * a not-found page of the proxy's own (lib/http/bad-path-page.ts).
 */
export async function proxy(request: NextRequest) {
  // Every server action of the portal takes a form: the browser's script sends it as multipart. Any other
  // body is a forged call, which Next.js would decode (or fail to) into arguments the action never expects.
  if (request.method === "POST" && request.headers.has("next-action") && !isActionBody(request.headers)) return badRequest();
  // A multipart post to a page is a form sent without JavaScript (or a server action with it): Next.js parses it
  // to find the action and answers 500 when it is not valid multipart, or longer than the actions' limit.
  if (request.method === "POST" && isMultipart(request.headers)) {
    if (Number(request.headers.get("content-length") ?? "0") > PAGE_FORM_MAX_BYTES)
      return new NextResponse("Nội dung gửi lên quá lớn.", { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    if (!(await isWellFormedForm(request))) return badRequest();
  }
  const { pathname } = request.nextUrl;
  const problem = checkRequestPath(pathname);
  if (!problem) return pageResponse(request);
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "bad_path", message: "Đường dẫn không hợp lệ." }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  // Only a page view gets the not-found page: a POST rewritten to a page would be read as a server action form.
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new NextResponse("Đường dẫn không hợp lệ.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new NextResponse(request.method === "HEAD" ? null : badPathPage(localeOfPath(pathname)), {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * A page view: "/vi/..." is the Vietnamese page's second address, so it redirects to the one without the
 * prefix; every page tells search engines its other language (hreflang, as an HTTP Link header, which
 * cached pages carry too). docs/i18n.md.
 */
function pageResponse(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/") || pathname.startsWith("/_next/") || (request.method !== "GET" && request.method !== "HEAD"))
    return NextResponse.next();
  if (/^\/vi(?:\/|$)/.test(pathname)) return NextResponse.redirect(new URL(stripLocale(pathname) + search, request.url), 308);
  const response = NextResponse.next();
  response.headers.set("Link", alternateLinks(request.nextUrl.origin, pathname));
  return response;
}

/** The limit of a form posted to a page: Next.js's server-action body limit (next.config.mjs). */
const PAGE_FORM_MAX_BYTES = 256 * 1024;

function isMultipart(headers: Headers): boolean {
  return (headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

/**
 * Whether a form posted to a page is valid multipart. The proxy sees such a
 * post only on page paths (the matcher leaves out the API and the upload routes, which stream their bodies),
 * and Next.js hands it a copy of the body of at most `proxyClientMaxBodySize`: a longer one comes cut, and
 * fails to parse here.
 */
async function isWellFormedForm(request: NextRequest): Promise<boolean> {
  try {
    await request.formData();
    return true;
  } catch {
    return false;
  }
}

function badRequest(): NextResponse {
  return new NextResponse("Yêu cầu không hợp lệ.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * What the portal's own pages send to a server action: a form as multipart, or — for an action that
 * takes no argument, such as signing out — the empty argument list `[]` as text/plain (two bytes, so the
 * length alone tells it).
 */
function isActionBody(headers: Headers): boolean {
  const type = headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) return true;
  return type.startsWith("text/plain") && headers.get("content-length") === "2";
}

export const config = {
  // For a request with a body that the proxy sees, Next.js reads the WHOLE body before the proxy's answer
  // lets the route run, keeping the first 10 MB and dropping the rest (proxyClientMaxBodySize): uploads
  // would stop streaming and a bounded reader would only refuse after the last byte. So the proxy sees
  // requests without a body on every path; requests with one only when their path holds a percent sign
  // (the only way to a malformed encoding or a NUL) or they call a server action (Next.js caps those at
  // its server-action body limit anyway). Next.js reads this config statically: literals only.
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.svg|robots.txt).*)",
      missing: [
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
    // A server action with a body under 1 MB: a longer or chunked one never comes from our pages, and Next.js
    // cuts it at its action limit itself, whereas through the proxy it would be read whole first.
    {
      source: "/((?!_next/static|_next/image|favicon.svg|robots.txt).*)",
      has: [
        { type: "header", key: "next-action" },
        { type: "header", key: "content-length", value: "[0-9]{1,6}" },
      ],
    },
    { source: "/:path(.*%.*)" },
    // A form posted to a page (not to the API or an upload route, which stream their bodies): checked above.
    {
      source: "/((?!api/|_next/|(?:en/|vi/)?phan-anh-kien-nghi/gui$|(?:en/|vi/)?(?:quan-tri/)?ho-so/[^/]+/tai-len$).*)",
      has: [{ type: "header", key: "content-type", value: "(?:multipart|MULTIPART|Multipart)/.*" }],
    },
  ],
};
