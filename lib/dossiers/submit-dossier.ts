import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossierDrafts } from "@/db/schema";
import { checkDraft, type DraftProblem } from "./check-draft";
import { checkFilingRights, type FilingRefusal } from "./filing-rights";
import { isUuid } from "@/lib/validation/boundary-schemas";
import { getSubmissionService } from "./get-submission-service";
import { insertDossier } from "./insert-dossier";
import { findSubmittedDossier, type SubmittedDossier } from "./submitted-dossier";
import { workflowNow } from "@/lib/calendar/workflow-now";
import type { Locale } from "@/lib/i18n/locales";

export type SubmitResult =
  | { ok: true; created: boolean; dossier: SubmittedDossier }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "forbidden"; refusal: FilingRefusal }
  | { ok: false; reason: "incomplete"; problems: DraftProblem[] };

/**
 * Submits a draft, in ONE transaction: lock the draft row; if it is gone, the dossier already submitted
 * from it is returned (double click, retry, two tabs → one dossier); check everything again; take the
 * code; write the dossier, its files, history, email and notification; delete the draft.
 * Another user's draft id (or a malformed one) is "not_found"; an account that may not file this service
 * (an officer, or the wrong audience: filing-rights.ts) is "forbidden". `locale`: the language of the page
 * it was filed from (docs/i18n.md); the applicant's mail and slip follow it.
 */
export async function submitDossier(db: Database, input: { userId: string; draftId: string; now?: Date; locale?: Locale }): Promise<SubmitResult> {
  const { userId, draftId } = input;
  if (!isUuid(draftId)) return { ok: false, reason: "not_found" };
  return db.transaction(async (tx) => {
    const [draft] = await tx
      .select()
      .from(dossierDrafts)
      .where(and(eq(dossierDrafts.id, draftId), eq(dossierDrafts.userId, userId)))
      .for("update");
    if (!draft) {
      const existing = await findSubmittedDossier(tx, userId, { sourceDraftId: draftId });
      return existing ? { ok: true, created: false, dossier: existing } : { ok: false, reason: "not_found" };
    }
    const service = await getSubmissionService(tx, { id: draft.serviceId });
    if (!service) return { ok: false, reason: "not_found" };
    const refusal = await checkFilingRights(tx, userId, service.audience);
    if (refusal) return { ok: false, reason: "forbidden", refusal };
    const check = await checkDraft(tx, draft, service);
    if (!check.ok) return { ok: false, reason: "incomplete", problems: check.problems };
    const dossier = await insertDossier(tx, {
      userId,
      sourceDraftId: draft.id,
      draftId: draft.id,
      service,
      unit: check.unit,
      applicant: check.applicant,
      formData: check.formData,
      now: input.now ?? workflowNow(),
      locale: input.locale,
    });
    await tx.delete(dossierDrafts).where(eq(dossierDrafts.id, draft.id));
    return { ok: true, created: true, dossier };
  });
}
