"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { filingRefusalMessage } from "@/lib/dossiers/filing-rights";
import { submitDossier } from "@/lib/dossiers/submit-dossier";
import { formText, serviceCodeOf, stepFailure, type StepState } from "@/lib/dossiers/wizard-step";
import { confirmationUrl, wizardUrl } from "@/lib/dossiers/wizard-url";
import { submission } from "@/lib/messages/submission";

/** Step 4: the declaration, then the draft becomes a dossier. */
export async function submitDraft(_previous: StepState, data: FormData): Promise<StepState> {
  const serviceCode = serviceCodeOf(data);
  const user = await requireUser(wizardUrl(serviceCode));
  if (data.get("declaration") !== "on") return stepFailure({ declaration: submission.incomplete.declaration }, {});
  const result = await submitDossier(await getDb(), { userId: user.id, draftId: formText(data, "draftId") });
  if (result.ok) redirect(confirmationUrl(result.dossier.serviceCode, result.dossier.code));
  if (result.reason === "not_found") return stepFailure({ _: submission.draftNotFound }, {});
  if (result.reason === "forbidden") return stepFailure({ _: filingRefusalMessage(result.refusal) }, {});
  return stepFailure(Object.fromEntries(result.problems.map((p, i) => [`step-${p.step}-${i}`, p.message])), {});
}
