"use server";

import { getLocale } from "next-intl/server";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { filingRefusalKey } from "@/lib/dossiers/filing-rights";
import { submitDossier } from "@/lib/dossiers/submit-dossier";
import { formText, serviceCodeOf, stepFailure, type StepState } from "@/lib/dossiers/wizard-step";
import { confirmationUrl, wizardUrl } from "@/lib/dossiers/wizard-url";
import { redirectInLocale } from "@/lib/i18n/server-redirect";

/** Step 4: the declaration, then the draft becomes a dossier, marked with the language of the page it was filed from. */
export async function submitDraft(_previous: StepState, data: FormData): Promise<StepState> {
  const serviceCode = await serviceCodeOf(data);
  const user = await requireUser(wizardUrl(serviceCode));
  if (data.get("declaration") !== "on") return stepFailure({ declaration: "validation.submission.declaration" }, {});
  const locale = await getLocale();
  const result = await submitDossier(await getDb(), { userId: user.id, draftId: formText(data, "draftId"), locale });
  if (result.ok) return redirectInLocale(confirmationUrl(result.dossier.serviceCode, result.dossier.code));
  if (result.reason === "not_found") return stepFailure({ _: "validation.submission.draftNotFound" }, {});
  if (result.reason === "forbidden") return stepFailure({ _: filingRefusalKey(result.refusal) }, {});
  return stepFailure(Object.fromEntries(result.problems.map((p, i) => [`step-${p.step}-${i}`, p.message])), {});
}
