import { headers } from "next/headers";
import { withDatabase } from "@/lib/database/with-database";
import { seeOther } from "@/lib/api/see-other";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { getCurrentUser } from "@/lib/auth/current-user";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { MAX_ATTACHMENTS as FEEDBACK_MAX_ATTACHMENTS } from "@/lib/feedback/feedback-schemas";
import { submitFeedbackSchema } from "@/lib/feedback/feedback-schemas";
import { sendFormValues } from "@/lib/feedback/send-form-values";
import { submitFeedback } from "@/lib/feedback/submit-feedback";
import { htmlMessage } from "@/lib/http/html-message";
import { refuseForeignMutation } from "@/lib/http/same-origin";
import { feedbackMessages as m } from "@/lib/messages/feedback";
import { uploadMaxBytes } from "@/lib/storage/get-storage";
import { MalformedMultipartError } from "@/lib/storage/read-multipart-upload";
import { readMultipartFiles } from "@/lib/storage/read-multipart-files";

export const dynamic = "force-dynamic";

/**
 * Step 2 of sending feedback (works without JavaScript): the checked values as hidden fields of a multipart
 * form, read as a stream. The values are parsed again here: step 1 is a convenience, this is the boundary.
 * Attachments: the form has no file input until the core's attachment store (storeFeedbackAttachment)
 * exists; a file part sent anyway is drained unread and counted as left out (docs/feedback-pages.md).
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
  const now = workflowNow();
  const owner = { userId: user?.id ?? null };
  let read;
  try {
    read = await readMultipartFiles(request, "attachments", { maxBytes, maxFiles: 0, maxFieldBytes: 24_000 }, () => Promise.resolve({ ok: false as const }));
  } catch (error) {
    if (!(error instanceof MalformedMultipartError)) throw error;
    return htmlMessage(400, m.send.title, m.send.malformed);
  }
  const parsed = submitFeedbackSchema.safeParse(sendFormValues(read.fields));
  // Only a form not made by our step 1 gets here: the message leads back to the form.
  if (!parsed.success) return htmlMessage(400, m.send.title, m.send.tampered);
  const attachmentIds: string[] = [];
  const leftOut = read.skipped;
  const sent = await withDatabase(submitFeedback, { ...parsed.data, userId: owner.userId, clientAddress: clientAddressFrom(await headers()), attachmentIds }, now);
  if (!sent.ok) return seeOther(`/phan-anh-kien-nghi?loi=${encodeURIComponent(sent.error)}`);
  const outcome = new URLSearchParams({ ma: sent.code, tep: String(attachmentIds.length), ...(leftOut > 0 ? { "tu-choi": String(leftOut) } : {}) });
  return seeOther(`/phan-anh-kien-nghi/da-gui?${outcome}`);
}
