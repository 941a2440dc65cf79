import { headers } from "next/headers";
import { withDatabase } from "@/lib/database/with-database";
import { seeOther } from "@/lib/api/see-other";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { getCurrentUser } from "@/lib/auth/current-user";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { discardFeedbackAttachments, storeFeedbackAttachment, type StoredFeedbackAttachment } from "@/lib/feedback/feedback-attachments";
import { keepPendingSend, PENDING_SEND_COOKIE, PENDING_SEND_TTL_MS } from "@/lib/feedback/feedback-pending-sends";
import { MAX_ATTACHMENTS, submitFeedbackSchema } from "@/lib/feedback/feedback-schemas";
import { sendFormValues } from "@/lib/feedback/send-form-values";
import { submitFeedback } from "@/lib/feedback/submit-feedback";
import { htmlMessage } from "@/lib/http/html-message";
import { refuseForeignMutation } from "@/lib/http/same-origin";
import { translatorFor } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, isLocale, localizeHref } from "@/lib/i18n/locales";
import { getStorage, uploadMaxBytes } from "@/lib/storage/get-storage";
import { MalformedMultipartError, readMultipartFiles } from "@/lib/storage/read-multipart-files";

export const dynamic = "force-dynamic";

/**
 * Step 2 of sending feedback (works without JavaScript): the checked values as hidden fields, then up to
 * MAX_ATTACHMENTS files, in one multipart form read as a stream; each file goes through the dossiers'
 * upload guard into storage as it arrives. The values are parsed again here: step 1 is a convenience, this
 * is the boundary. One refused file refuses the send: the stored files go, the text is kept for an hour
 * and the form comes back with it and the message beside the file field (docs/feedback-pages.md).
 * The form posts to its page's language (/en/phan-anh-kien-nghi/gui): the messages, the redirects and the
 * item's language (its mails) follow the `locale` segment.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const segment = (await params).locale;
  const locale = isLocale(segment) ? segment : DEFAULT_LOCALE;
  const t = translatorFor(locale, "feedback");
  const page = (status: number, key: "send.tooLarge" | "send.malformed" | "send.tampered") => htmlMessage(status, t("send.title"), t(key), locale);
  const back = (path: string) => seeOther(localizeHref(path, locale));
  const refused = refuseForeignMutation(request, { mediaType: "multipart/form-data", answer: "page" });
  if (refused) return refused;
  const maxBytes = uploadMaxBytes();
  // Far larger than the allowed files and text together: refuse without reading it.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_ATTACHMENTS * maxBytes + 1024 * 1024) {
    return page(413, "send.tooLarge");
  }
  const user = await getCurrentUser();
  const now = workflowNow();
  const storage = getStorage();
  const storedIds: string[] = [];
  const discard = () => withDatabase(discardFeedbackAttachments, storage, storedIds);
  let read: { fields: Record<string, string>; results: StoredFeedbackAttachment[]; skipped: number };
  try {
    read = await readMultipartFiles(request, "attachments", { maxBytes, maxFiles: MAX_ATTACHMENTS, maxFieldBytes: 24_000 }, async (file) => {
      const stored = await withDatabase(storeFeedbackAttachment, storage, {
        originalName: file.name,
        body: file.stream,
        maxBytes,
        ownerUserId: user?.id ?? null,
      });
      if (stored.ok) storedIds.push(stored.fileId);
      return stored;
    });
  } catch (error) {
    await discard();
    if (!(error instanceof MalformedMultipartError)) throw error;
    return page(400, "send.malformed");
  }
  const values = sendFormValues(read.fields);
  const parsed = submitFeedbackSchema.safeParse(values);
  // Only a form not made by our step 1 gets here: the message leads back to the form.
  if (!parsed.success) {
    await discard();
    return page(400, "send.tampered");
  }
  const refusedFile = read.results.find((r) => !r.ok);
  if (refusedFile || read.skipped > 0) {
    await discard();
    const id = await withDatabase(keepPendingSend, { values, refusal: refusedFile?.error ?? "too-many", fileName: refusedFile?.name ?? "" });
    const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
    const retry = back("/phan-anh-kien-nghi?gui-lai=1#pakn-attachments");
    retry.headers.append(
      "Set-Cookie",
      `${PENDING_SEND_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${PENDING_SEND_TTL_MS / 1000}${secure}`,
    );
    return retry;
  }
  const sent = await withDatabase(
    submitFeedback,
    { ...parsed.data, userId: user?.id ?? null, clientAddress: clientAddressFrom(await headers()), attachmentIds: storedIds, locale },
    now,
  );
  if (!sent.ok) {
    await discard();
    return back(`/phan-anh-kien-nghi?loi=${encodeURIComponent(sent.error)}`);
  }
  const done = back(`/phan-anh-kien-nghi/da-gui?${new URLSearchParams({ ma: sent.code, tep: String(storedIds.length) })}`);
  done.headers.append("Set-Cookie", `${PENDING_SEND_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
  return done;
}
