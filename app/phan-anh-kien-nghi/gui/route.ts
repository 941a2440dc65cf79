import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { seeOther } from "@/lib/api/see-other";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { getCurrentUser } from "@/lib/auth/current-user";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { MAX_ATTACHMENTS as FEEDBACK_MAX_ATTACHMENTS } from "@/lib/feedback/feedback-schemas";
import { submitFeedbackSchema } from "@/lib/feedback/feedback-schemas";
import { sendFormValues } from "@/lib/feedback/send-form-values";
import { storeFeedbackAttachment } from "@/lib/feedback/store-feedback-attachment";
import { submitFeedback } from "@/lib/feedback/submit-feedback";
import { htmlMessage } from "@/lib/http/html-message";
import { refuseForeignMutation } from "@/lib/http/same-origin";
import { feedbackMessages as m } from "@/lib/messages/feedback";
import { getStorage, uploadMaxBytes } from "@/lib/storage/get-storage";
import { MalformedMultipartError } from "@/lib/storage/read-multipart-upload";
import { readMultipartFiles } from "@/lib/storage/read-multipart-files";

export const dynamic = "force-dynamic";

/**
 * Step 2 of sending feedback (works without JavaScript): the checked values as hidden fields, then up to
 * FEEDBACK_MAX_ATTACHMENTS files, streamed one by one into storage through the upload guard. A refused
 * file does not stop the sending (what was typed is never lost); the confirmation says how many were left
 * out. The values are parsed again here: step 1 is a convenience, this is the boundary.
 */
export async function POST(request: Request) {
  const refused = refuseForeignMutation(request, { mediaType: "multipart/form-data", answer: "page" });
  if (refused) return refused;
  const maxBytes = uploadMaxBytes();
  // Far larger than the allowed files and text together: refuse without reading it.
  if (Number(request.headers.get("content-length") ?? 0) > FEEDBACK_MAX_ATTACHMENTS * maxBytes + 1024 * 1024) {
    return htmlMessage(413, m.send.title, m.send.tooLarge);
  }
  const user = await getCurrentUser();
  const db = await getDb();
  const now = workflowNow();
  const owner = { userId: user?.id ?? null };
  let read;
  try {
    read = await readMultipartFiles(request, "attachments", { maxBytes, maxFiles: FEEDBACK_MAX_ATTACHMENTS, maxFieldBytes: 24_000 }, (file) =>
      storeFeedbackAttachment(db, getStorage(), file.stream, file.name, owner, now),
    );
  } catch (error) {
    if (!(error instanceof MalformedMultipartError)) throw error;
    return htmlMessage(400, m.send.title, m.send.malformed);
  }
  const parsed = submitFeedbackSchema.safeParse(sendFormValues(read.fields));
  // Only a form not made by our step 1 gets here: the message leads back to the form.
  if (!parsed.success) return htmlMessage(400, m.send.title, m.send.tampered);
  const attachmentIds = read.results.flatMap((result) => (result.ok ? [result.fileId] : []));
  const leftOut = read.results.length - attachmentIds.length + read.skipped;
  const sent = await submitFeedback(db, { ...parsed.data, userId: owner.userId, clientAddress: clientAddressFrom(await headers()), attachmentIds }, now);
  if (!sent.ok) return seeOther(`/phan-anh-kien-nghi?loi=${encodeURIComponent(sent.error)}`);
  const outcome = new URLSearchParams({ ma: sent.code, tep: String(attachmentIds.length), ...(leftOut > 0 ? { "tu-choi": String(leftOut) } : {}) });
  return seeOther(`/phan-anh-kien-nghi/da-gui?${outcome}`);
}
