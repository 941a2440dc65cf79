import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { jsonError, withApiErrors } from "@/lib/api/json";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getOwnDraft } from "@/lib/dossiers/get-own-draft";
import { getSubmissionService } from "@/lib/dossiers/get-submission-service";
import { uploadDraftFile, type UploadFailure } from "@/lib/dossiers/upload-draft-file";
import { parseSlot, wizardUrl } from "@/lib/dossiers/wizard-url";
import { refuseForeignMutation } from "@/lib/http/same-origin";
import { refererLocale } from "@/lib/http/referer-locale";
import { localizeHref } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { getStorage, uploadMaxBytes } from "@/lib/storage/get-storage";
import { readMultipartUpload } from "@/lib/storage/read-multipart-files";
import { withDatabase } from "@/lib/database/with-database";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

const STATUS: Record<UploadFailure, number> = { not_found: 404, bad_slot: 400, too_large: 413, bad_type: 415, empty: 400, too_many: 409 };

const FAILURE_KEYS = {
  not_found: "notFound",
  bad_slot: "badSlot",
  too_large: "tooLarge",
  bad_type: "badType",
  empty: "empty",
  too_many: "tooMany",
} as const satisfies Record<UploadFailure, string>;

/**
 * The upload's messages in the language of the page that sends it: the API has one address for all
 * languages, so the locale comes from the page's address (the Referer; docs/i18n.md).
 */
function uploadTexts(request: Request) {
  const t = translatorFor(refererLocale(request), "submission");
  return {
    failure: (error: UploadFailure, maxBytes: number) => t(`uploadErrors.${FAILURE_KEYS[error]}`, { maxMb: Math.round(maxBytes / 1024 / 1024) }),
    t,
  };
}

/**
 * PUT /api/v1/drafts/<id>/files?slot=<document index|extra> — the raw file as the body (JavaScript
 * uploads with a progress bar), its name in X-File-Name (URI-encoded). Streamed into storage.
 */
export async function PUT(request: Request, { params }: Params) {
  const { id } = await params;
  return withApiErrors(async () => {
    // The body is the file itself, of its own type: only the origin is checked.
    const refused = refuseForeignMutation(request, { answer: "json" });
    if (refused) return refused;
    const { failure, t } = uploadTexts(request);
    const user = await getCurrentUser();
    if (!user) return jsonError(401, "unauthenticated", t("uploadErrors.signIn"));
    const maxBytes = uploadMaxBytes();
    if (Number(request.headers.get("content-length") ?? 0) > maxBytes) {
      return jsonError(413, "too_large", failure("too_large", maxBytes));
    }
    const slot = parseSlot(new URL(request.url).searchParams.get("slot"));
    if (slot === undefined) return jsonError(400, "bad_slot", failure("bad_slot", maxBytes));
    if (!request.body) return jsonError(400, "empty", failure("empty", maxBytes));
    let name = "";
    try {
      name = decodeURIComponent(request.headers.get("x-file-name") ?? "");
    } catch {
      name = "";
    }
    const result = await withDatabase(uploadDraftFile, getStorage(), {
      userId: user.id,
      draftId: id,
      documentIndex: slot,
      originalName: name,
      body: Readable.fromWeb(request.body as unknown as WebReadableStream<Uint8Array>),
      maxBytes,
    });
    if (!result.ok) return jsonError(STATUS[result.error], result.error, failure(result.error, maxBytes));
    return Response.json({ file: result.file, message: t("documents.uploaded", { name: result.file.fileName }) }, { status: 201 });
  });
}

/**
 * POST /api/v1/drafts/<id>/files — the same upload as a plain multipart form post (no JavaScript):
 * fields `slot` then `file`; answers with a redirect back to the documents step and the outcome.
 */
export async function POST(request: Request, { params }: Params) {
  const { id } = await params;
  const refused = refuseForeignMutation(request, { mediaType: "multipart/form-data", answer: "page" });
  if (refused) return refused;
  const { failure } = uploadTexts(request);
  const locale = refererLocale(request);
  const user = await getCurrentUser();
  const maxBytes = uploadMaxBytes();
  if (!user) return new Response(failure("not_found", maxBytes), { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const draft = await withDatabase(getOwnDraft, user.id, id);
  const service = draft ? await withDatabase(getSubmissionService, { id: draft.serviceId }) : null;
  if (!draft || !service)
    return new Response(failure("not_found", maxBytes), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // Back to the documents step in the language of the page the form was on.
  const back = (slot: string, outcome: string) =>
    new Response(null, {
      status: 303,
      headers: { Location: localizeHref(wizardUrl(service.code, draft.id, 3, { tep: slot, "ket-qua": outcome }), locale) },
    });
  // Far larger than any allowed file: refuse without reading it.
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes * 2 + 1024 * 1024) return back("", "too_large");
  try {
    const { fields, result } = await readMultipartUpload(request, maxBytes, (fieldsSoFar, file) => {
      const slot = parseSlot(fieldsSoFar.slot);
      if (slot === undefined) {
        file.stream.resume();
        return Promise.resolve({ ok: false as const, error: "bad_slot" as const });
      }
      return withDatabase(uploadDraftFile, getStorage(), {
        userId: user.id,
        draftId: draft.id,
        documentIndex: slot,
        originalName: file.name,
        body: file.stream,
        maxBytes,
      });
    });
    const slot = fields.slot ?? "";
    if (!result) return back(slot, "empty");
    return back(slot, result.ok ? "ok" : result.error);
  } catch (error) {
    console.error("multipart upload failed", error);
    return back("", "failed");
  }
}
