import { and, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers } from "@/db/schema";
import type { CitizenActionInput } from "@/lib/dossiers/citizen-action-schema";
import { applyDossierAction } from "@/lib/workflow/apply-dossier-action";
import { DOSSIER_NOT_FOUND, WorkflowError } from "@/lib/workflow/workflow-error";

/** The citizen's answer on their own dossier (supplementation, withdrawal); another's dossier is "not found". */
export async function applyCitizenAction(
  db: DatabaseOrTransaction,
  citizen: { id: string; fullName: string },
  input: CitizenActionInput,
): Promise<void> {
  const [dossier] = await db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(and(eq(dossiers.code, input.code), eq(dossiers.userId, citizen.id)));
  if (!dossier) throw new WorkflowError("not-found", DOSSIER_NOT_FOUND);
  await applyDossierAction(
    db,
    { kind: "citizen", id: citizen.id, name: citizen.fullName },
    {
      dossierId: dossier.id,
      expectedVersion: input.version,
      action: input.action,
      note: input.note,
    },
  );
}
