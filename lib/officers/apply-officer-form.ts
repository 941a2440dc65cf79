import { and, desc, eq } from "drizzle-orm";
import type { Database, DatabaseOrTransaction } from "@/db/client";
import { files } from "@/db/schema";
import { fromLocalDateTime } from "@/lib/calendar/local-time";
import { applyDossierAction, type ActingUser, type ActionRequest } from "@/lib/workflow/apply-dossier-action";
import type { OfficerActionInput } from "./action-form-schema";
import { stepsOf } from "./plan-dossier-actions";

/** The result document of "Hoàn thành xử lý": the facts typed (or prefilled) and the latest draft file. */
async function resultDocument(db: DatabaseOrTransaction, input: OfficerActionInput): Promise<NonNullable<ActionRequest["result"]>> {
  const [draft] = await db
    .select({ id: files.id })
    .from(files)
    .where(and(eq(files.dossierId, input.dossierId), eq(files.purpose, "result-draft")))
    .orderBy(desc(files.createdAt))
    .limit(1);
  // Anything missing makes the status machine refuse with its own message.
  return { number: input.resultNumber, signer: input.resultSigner, signedOn: input.resultSignedOn ?? "", fileId: draft?.id ?? "" };
}

/**
 * An officer's workflow form (not a fee's): one step, or the steps of a combined form in one transaction,
 * each applied and recorded in the history on its own — if any is refused, none happens.
 */
export async function applyOfficerForm(db: Database, actor: ActingUser, input: OfficerActionInput): Promise<void> {
  const steps = stepsOf(input.action);
  await db.transaction(async (tx) => {
    let version = input.version;
    for (const [i, step] of steps.entries()) {
      const done = await applyDossierAction(tx, actor, {
        dossierId: input.dossierId,
        expectedVersion: version,
        action: step,
        // The officer's note belongs to the form's first step (the approval's comment, the receipt's note).
        note: i === 0 ? input.note : "",
        amount: input.amount,
        assigneeId: input.assigneeId,
        result: step === "mark-processed" ? await resultDocument(tx, input) : undefined,
        handover: input.handover,
        newAppointment: input.newAppointment ? fromLocalDateTime(input.newAppointment, 17 * 3_600_000, "Asia/Ho_Chi_Minh") : undefined,
      });
      version = done.version;
    }
  });
}
