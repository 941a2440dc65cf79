import { NextRequest } from "next/server";
import { jsonError } from "@/lib/api/json";

/** The JSON bodies of the public API (a dossier's applicant and form fields) stay far below this. */
export const API_JSON_MAX_BYTES = 256 * 1024;
/** Auth.js's posts are small forms (CSRF token, identifier, password, callback URL). */
export const AUTH_FORM_MAX_BYTES = 16 * 1024;

export type BoundedRead<T> = { ok: true; value: T } | { ok: false; reason: "too_large" };

/**
 * Reads a request body into memory, never more than `maxBytes` of it: a declared Content-Length above the
 * limit is refused before a byte is read, and a body that streams past the limit (chunked, or a lying
 * Content-Length) is cancelled as soon as it does. Everything else in the portal that takes a body
 * unbounded (uploads) streams it to storage with its own cap instead.
 */
export async function readBoundedBytes(request: Request, maxBytes: number): Promise<BoundedRead<Uint8Array<ArrayBuffer>>> {
  if (declaredLength(request) > maxBytes) return { ok: false, reason: "too_large" };
  if (!request.body) return { ok: true, value: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return { ok: false, reason: "too_large" };
    }
    chunks.push(value);
  }
  return { ok: true, value: Buffer.concat(chunks) };
}

export async function readBoundedText(request: Request, maxBytes: number): Promise<BoundedRead<string>> {
  const read = await readBoundedBytes(request, maxBytes);
  return read.ok ? { ok: true, value: new TextDecoder().decode(read.value) } : read;
}

/** The body as JSON: too large, not JSON, or the value. */
export async function readBoundedJson(request: Request, maxBytes: number): Promise<BoundedRead<unknown> | { ok: false; reason: "invalid_json" }> {
  const read = await readBoundedText(request, maxBytes);
  if (!read.ok) return read;
  try {
    return { ok: true, value: JSON.parse(read.value) as unknown };
  } catch {
    return { ok: false, reason: "invalid_json" };
  }
}

/** Content-Length as sent; 0 when absent (a chunked body is counted while it is read). */
function declaredLength(request: Request): number {
  const value = request.headers.get("content-length");
  if (value === null) return 0;
  return /^\s*[0-9]+\s*$/.test(value) ? Number(value) : Number.POSITIVE_INFINITY;
}

/** The 413 of the JSON API. */
export function bodyTooLargeJson(maxBytes: number): Response {
  return jsonError(413, "payload_too_large", `Nội dung yêu cầu quá lớn (tối đa ${formatSize(maxBytes)}).`);
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

type Handler = (request: NextRequest) => Promise<Response>;

/**
 * Wraps a route handler we do not write ourselves (Auth.js): the body is read bounded first and the handler
 * gets a copy of the request carrying those bytes, so nothing the library does can read more.
 */
export function withBoundedBody(handler: Handler, maxBytes: number): Handler {
  return async (request) => {
    const read = await readBoundedBytes(request, maxBytes);
    if (!read.ok) return bodyTooLargeJson(maxBytes);
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    return handler(new NextRequest(request.url, { method: request.method, headers: request.headers, body: hasBody ? read.value : undefined }));
  };
}
