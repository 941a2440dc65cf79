import { z } from "zod";
import type { Database } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { applyDossierAction } from "@/lib/workflow/apply-dossier-action";
import { WorkflowError } from "@/lib/workflow/workflow-error";

const proposeFields = z.object({ trinh: z.literal("1"), version: z.coerce.number().int().min(1) });

/**
 * "Tải lên và trình lãnh đạo": after the draft is stored, proposes it in the same post (two history
 * steps become one click). Returns the upload's outcome, or null when only an upload was asked for.
 */
export async function proposeUploadedDraft(
  db: Database,
  fields: Record<string, string>,
  { fileId, dossierId }: { fileId: string; dossierId: string },
  user: CurrentUser,
): Promise<"proposed" | "not_proposed" | null> {
  const parsed = proposeFields.safeParse(fields);
  if (!parsed.success || user.kind !== "officer" || user.unitId === null) return null;
  try {
    await applyDossierAction(
      db,
      { kind: "officer", id: user.id, name: user.fullName, unitId: user.unitId, roles: user.roles },
      {
        dossierId,
        expectedVersion: parsed.data.version,
        action: "propose",
        fileIds: [fileId],
      },
    );
    return "proposed";
  } catch (error) {
    // The file is kept either way; a refused proposal is told, and the officer proposes again.
    if (error instanceof WorkflowError) return "not_proposed";
    throw error;
  }
}
