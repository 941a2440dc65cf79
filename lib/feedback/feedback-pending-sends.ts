import { eq, lt } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { feedbackPendingSends } from "@/db/schema";
import { uuidSchema } from "@/lib/validation/boundary-schemas";
import { sendFormValues, type SendFormField } from "./send-form-values";

/** Why a send's files were refused: the upload guard's codes, or more files than allowed. */
export const ATTACHMENT_REFUSALS = ["bad_type", "too_large", "empty", "too-many"] as const;
export type AttachmentRefusal = (typeof ATTACHMENT_REFUSALS)[number];

/** The cookie holding a pending send's id (HttpOnly: the page reads it, scripts never see it). */
export const PENDING_SEND_COOKIE = "pakn-gui-lai";
/** How long a refused send can be taken up again. */
export const PENDING_SEND_TTL_MS = 3_600_000;

export interface PendingSend {
  values: Record<SendFormField, string>;
  refusal: AttachmentRefusal;
  fileName: string;
}

/** Keeps the checked text of a send whose files were refused, so the form comes back with it (docs/feedback-pages.md). */
export async function keepPendingSend(db: DatabaseOrTransaction, pending: PendingSend): Promise<string> {
  const [row] = await db
    .insert(feedbackPendingSends)
    .values({ values: pending.values, refusal: pending.refusal, fileName: pending.fileName.normalize("NFC").slice(0, 255) })
    .returning({ id: feedbackPendingSends.id });
  return row!.id;
}

/** The pending send under this id if it is younger than an hour; the id comes from a cookie, so it is parsed here. */
export async function findPendingSend(db: DatabaseOrTransaction, rawId: string | undefined, now: Date): Promise<PendingSend | null> {
  const id = uuidSchema.safeParse(rawId);
  if (!id.success) return null;
  const [row] = await db.select().from(feedbackPendingSends).where(eq(feedbackPendingSends.id, id.data)).limit(1);
  if (!row || now.getTime() - row.createdAt.getTime() > PENDING_SEND_TTL_MS) return null;
  const refusal = ATTACHMENT_REFUSALS.find((r) => r === row.refusal) ?? "bad_type";
  return { values: sendFormValues(row.values), refusal, fileName: row.fileName };
}

/** Removes pending sends past their hour (they hold a sender's contact details). */
export async function sweepPendingSends(db: DatabaseOrTransaction, now: Date): Promise<number> {
  const removed = await db
    .delete(feedbackPendingSends)
    .where(lt(feedbackPendingSends.createdAt, new Date(now.getTime() - PENDING_SEND_TTL_MS)))
    .returning({ id: feedbackPendingSends.id });
  return removed.length;
}
