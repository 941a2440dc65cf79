"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { citizenActionSchema, type CitizenFormState } from "@/lib/dossiers/citizen-action-schema";
import { tracking } from "@/lib/messages/tracking";
import { applyCitizenAction } from "@/lib/tracking/apply-citizen-action";
import { WorkflowError } from "@/lib/workflow/workflow-error";

const fail = (message: string): CitizenFormState => ({ ok: false, message, fieldErrors: {} });

/** The citizen's answers on /ho-so/[code]: supplementation, withdrawal. Only the owner's dossier. */
export async function takeCitizenAction(_: CitizenFormState, formData: FormData): Promise<CitizenFormState> {
  const code = String(formData.get("code") ?? "");
  const user = await requireUser(`/ho-so/${encodeURIComponent(code)}`);
  const parsed = citizenActionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(tracking.citizenAction.checkInput);
  try {
    await applyCitizenAction(await getDb(), user, parsed.data);
  } catch (error) {
    if (error instanceof WorkflowError) return fail(error.message);
    console.error("citizen action failed", error);
    return fail(tracking.citizenAction.failed);
  }
  redirect(`/ho-so/${encodeURIComponent(parsed.data.code)}?da-gui=${parsed.data.action}`);
}
