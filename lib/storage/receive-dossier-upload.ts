import { seeOther } from "@/lib/api/see-other";
import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { refuseForeignMutation } from "@/lib/http/same-origin";
import { refererLocale } from "@/lib/http/referer-locale";
import { localizeHref } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { getStorage, uploadMaxBytes } from "@/lib/storage/get-storage";
import { MalformedMultipartError, readMultipartUpload } from "@/lib/storage/read-multipart-files";
import { attachDossierFile, type AttachResult, type ProcessingFilePurpose } from "@/lib/workflow/attach-dossier-file";
import { NOT_FOUND_MESSAGE } from "@/lib/workflow/workflow-error";

/**
 * The multipart upload of a processing file (works without JavaScript): streams it onto the dossier and
 * sends the browser back to `backTo` with the outcome in `?tai-len=`. Only from the portal's own pages, as
 * multipart/form-data.
 */
export async function receiveDossierUpload(
  request: Request,
  code: string,
  purpose: ProcessingFilePurpose,
  backTo: string,
  /** A step to take with the stored file (the draft proposed at once); its outcome replaces "ok". */
  afterUpload?: (fields: Record<string, string>, file: { fileId: string; dossierId: string }, user: CurrentUser) => Promise<string | null>,
): Promise<Response> {
  const refused = refuseForeignMutation(request, { mediaType: "multipart/form-data", answer: "page" });
  if (refused) return refused;
  // Back to the page in the language it was sent from (its address is the Referer).
  const locale = refererLocale(request);
  const user = await getCurrentUser();
  if (!user) return seeOther(localizeHref(`/dang-nhap?next=${encodeURIComponent(localizeHref(backTo, locale))}`, locale));
  const db = await getDb();
  let fields: Record<string, string>;
  let result: AttachResult | null;
  try {
    ({ fields, result } = await readMultipartUpload<AttachResult>(request, uploadMaxBytes(), (_fields, file) =>
      attachDossierFile(db, getStorage(), { code, user, purpose, originalName: file.name, body: file.stream, maxBytes: uploadMaxBytes() }),
    ));
  } catch (error) {
    // A cut-off or malformed form is the sender's fault: a 400 the browser shows, not a server error.
    if (!(error instanceof MalformedMultipartError)) throw error;
    return new NextResponse(translatorFor(locale, "uploads")("malformed"), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const outcome = result === null ? "empty" : result.ok ? "ok" : result.error;
  if (result && !result.ok && result.error === "not_found") return NextResponse.json({ error: NOT_FOUND_MESSAGE }, { status: 404 });
  const after = result?.ok && afterUpload ? await afterUpload(fields, result, user) : null;
  return seeOther(`${localizeHref(backTo, locale)}?tai-len=${after ?? outcome}${after === "proposed" ? "&da-xu-ly=propose" : ""}`);
}
