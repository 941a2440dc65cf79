import { jsonError } from "@/lib/api/json";
import { portalBaseUrl } from "@/lib/mail/portal-link";
import { htmlMessage } from "./html-message";

/**
 * Whether a cookie-authenticated mutation comes from the portal's own pages. SameSite=Lax keeps the session
 * cookie off cross-site posts, but not off same-site ones (another port or subdomain of the same site), so
 * every route handler that changes data asks here first. Server actions have Next's own check.
 *
 * - `Origin` (every browser sends it on POST/PUT/PATCH/DELETE): its host must be the request's own host
 *   (`X-Forwarded-Host`, else `Host`, as Next compares for server actions) or PORTAL_URL's. `null` — a
 *   sandboxed frame, a redirect across origins — is refused.
 * - Without `Origin`, `Sec-Fetch-Site` must say `same-origin` (or `none`: typed by the user).
 * - Neither header: not a browser (an integrator's script with its own cookie), so no CSRF to fear.
 */
export function isSameOriginRequest(request: Request, portalUrl: string = portalBaseUrl()): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const host = hostOf(origin);
    if (host === null) return false;
    const own = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
    return host === own?.toLowerCase() || host === hostOf(portalUrl);
  }
  const site = request.headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The media type of a request without its parameters, lower case ("" when absent). */
export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

function crossOriginJson(): Response {
  return jsonError(403, "cross_origin", "Yêu cầu phải được gửi từ chính Cổng Dịch vụ công.");
}

function crossOriginPage(): Response {
  return htmlMessage(403, "Yêu cầu bị từ chối", "Yêu cầu phải được gửi từ chính Cổng Dịch vụ công. Vui lòng quay lại trang hồ sơ và thử lại.");
}

function unsupportedMediaTypeJson(expected: string): Response {
  return jsonError(415, "unsupported_media_type", `Nội dung yêu cầu phải có kiểu ${expected}.`);
}

function unsupportedMediaTypePage(): Response {
  return htmlMessage(415, "Yêu cầu không hợp lệ", "Tệp phải được gửi bằng biểu mẫu tải lên của Cổng (multipart/form-data).");
}

/**
 * The one guard of a cookie-authenticated mutating route handler: same origin, and the media type the
 * route reads (a cross-site `text/plain` form cannot pass for JSON, nor a urlencoded one for an upload).
 * Null when the request may go on; else the refusal, as JSON for the API or as a page for a form target.
 */
export function refuseForeignMutation(request: Request, expected: { mediaType?: string; answer: "json" | "page" }): Response | null {
  const page = expected.answer === "page";
  if (!isSameOriginRequest(request)) return page ? crossOriginPage() : crossOriginJson();
  if (expected.mediaType !== undefined && mediaType(request) !== expected.mediaType)
    return page ? unsupportedMediaTypePage() : unsupportedMediaTypeJson(expected.mediaType);
  return null;
}
