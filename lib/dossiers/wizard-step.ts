import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { getOwnDraft } from "@/lib/dossiers/get-own-draft";
import { getSubmissionService } from "@/lib/dossiers/get-submission-service";
import { wizardUrl } from "@/lib/dossiers/wizard-url";
import { parseBoundary, serviceCodeSchema } from "@/lib/validation/boundary-schemas";

/** What a step form of the submission wizard gets back when it is not accepted: messages by field, and what was entered. */
export interface StepState {
  errors: Record<string, string>;
  values: Record<string, string>;
  /** Bumped on every answer, so the form can move focus to the error summary. */
  at: number;
}

export function stepFailure(errors: Record<string, string>, values: Record<string, string>): StepState {
  return { errors, values, at: Date.now() };
}

/** A text field of the posted step, "" when absent. */
export const formText = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
};

/** The service code of the hidden field; one that cannot exist sends the citizen back to the catalog. */
export async function serviceCodeOf(data: FormData): Promise<string> {
  return parseBoundary(serviceCodeSchema, formText(data, "serviceCode")) ?? redirectInLocale("/thu-tuc");
}

/** The signed-in owner's draft (field `draftId`) and its service, or a redirect to the wizard's start. */
export async function loadOwnDraft(data: FormData) {
  const serviceCode = await serviceCodeOf(data);
  const user = await requireUser(wizardUrl(serviceCode));
  const db = await getDb();
  const draft = await getOwnDraft(db, user.id, formText(data, "draftId"));
  const service = draft ? await getSubmissionService(db, { id: draft.serviceId }) : null;
  if (!draft || !service) return redirectInLocale(wizardUrl(serviceCode, undefined, undefined, { loi: "khong-tim-thay" }));
  return { user, db, draft, service };
}
