import { z } from "zod";
import { inputString } from "@/lib/validation/boundary-schemas";
import type { Database } from "@/db/client";
import { ID_NUMBER } from "@/lib/dossiers/applicant-schema";
import { getSubmissionService } from "@/lib/dossiers/get-submission-service";
import { insertDossier } from "@/lib/dossiers/insert-dossier";
import { resolveReceivingUnit } from "@/lib/dossiers/receiving-units";
import { buildFormSchema, fieldErrors } from "@/lib/forms/build-form-schema";
import { mayOfficer } from "@/lib/workflow/permissions";
import { WorkflowError } from "@/lib/workflow/workflow-error";
import { workflowNow } from "@/lib/calendar/workflow-now";

/** The applicant at the counter: no account, perhaps no email. */
const counterApplicantSchema = z.object({
  channel: z.coerce.number().pipe(z.union([z.literal(1), z.literal(3)], { error: "validation.officer.channelRequired" })),
  fullName: inputString().trim().min(1, "validation.officer.fullNameRequired").max(120, "validation.officer.max120"),
  idNumber: inputString().trim().toUpperCase().regex(ID_NUMBER, "validation.officer.idNumberInvalid"),
  phone: inputString()
    .trim()
    .regex(/^0[0-9]{9,10}$/, "validation.officer.phoneInvalid"),
  email: inputString()
    .trim()
    .toLowerCase()
    .refine((v) => v === "" || z.email().safeParse(v).success, "validation.officer.emailInvalid")
    .default(""),
  address: inputString().trim().min(1, "validation.officer.addressRequired").max(300, "validation.officer.max300"),
});

export type CounterResult = { ok: true; code: string } | { ok: false; errors: Record<string, string> };

/**
 * A reception officer registers an in-person (channel 1) or postal (channel 3) dossier: the same code,
 * clock and receipt slip as online ones, received at once by the officer's own unit.
 */
export async function registerCounterDossier(
  db: Database,
  officer: { id: string; name: string; unitId: number; roles: readonly string[] },
  input: { serviceCode: string; applicant: Record<string, unknown>; formValues: Record<string, unknown>; now?: Date },
): Promise<CounterResult> {
  if (!mayOfficer(officer.roles, "register-counter-dossier")) throw new WorkflowError("refused", { key: "counterNotAllowed" });
  const service = await getSubmissionService(db, { code: input.serviceCode });
  if (!service) return { ok: false, errors: { serviceCode: "validation.officer.serviceNotFound" } };
  const unit = await resolveReceivingUnit(db, service, { id: officer.unitId });
  if (!unit || unit.id !== officer.unitId) return { ok: false, errors: { serviceCode: "validation.officer.serviceNotReceivedHere" } };
  const applicant = counterApplicantSchema.safeParse(input.applicant);
  const form = buildFormSchema(service.formDefinition).safeParse(input.formValues);
  if (!applicant.success || !form.success) {
    return { ok: false, errors: { ...(applicant.success ? {} : fieldErrors(applicant.error)), ...(form.success ? {} : fieldErrors(form.error)) } };
  }
  const { channel, ...person } = applicant.data;
  const now = input.now ?? workflowNow();
  const dossier = await db.transaction((tx) =>
    insertDossier(tx, {
      userId: null,
      sourceDraftId: crypto.randomUUID(),
      service,
      unit,
      applicant: person,
      formData: form.data,
      channel,
      receivedBy: { id: officer.id, name: officer.name },
      now,
    }),
  );
  return { ok: true, code: dossier.code };
}
