"use server";

import { and, eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { dossiers } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { citizenActionSchema, type CitizenFormState } from "@/lib/dossiers/citizen-action-schema";
import { ratingSchema } from "@/lib/ratings/criteria";
import { rateDossier } from "@/lib/ratings/rate-dossier";
import { applyDossierAction } from "@/lib/workflow/apply-dossier-action";
import { WorkflowError } from "@/lib/workflow/workflow-error";

const fail = (message: string, fieldErrors: Record<string, string> = {}): CitizenFormState => ({ ok: false, message, fieldErrors });

/** The citizen's answers on /ho-so/[code]: supplementation, withdrawal. Only the owner's dossier. */
export async function takeCitizenAction(_: CitizenFormState, formData: FormData): Promise<CitizenFormState> {
  const code = String(formData.get("code") ?? "");
  const user = await requireUser(`/ho-so/${encodeURIComponent(code)}`);
  const parsed = citizenActionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail("Vui lòng kiểm tra lại thông tin.");
  const db = await getDb();
  const [dossier] = await db.select({ id: dossiers.id }).from(dossiers).where(and(eq(dossiers.code, parsed.data.code), eq(dossiers.userId, user.id)));
  if (!dossier) return fail("Không tìm thấy hồ sơ.");
  try {
    await applyDossierAction(db, { kind: "citizen", id: user.id, name: user.fullName }, {
      dossierId: dossier.id,
      expectedVersion: parsed.data.version,
      action: parsed.data.action,
      note: parsed.data.note,
    });
  } catch (error) {
    if (error instanceof WorkflowError) return fail(error.message);
    console.error("citizen action failed", error);
    return fail("Không thực hiện được thao tác. Vui lòng thử lại.");
  }
  redirect(`/ho-so/${encodeURIComponent(parsed.data.code)}?da-gui=${parsed.data.action}`);
}

/** The satisfaction rating, once, after the result. */
export async function rateDossierAction(_: CitizenFormState, formData: FormData): Promise<CitizenFormState> {
  const code = String(formData.get("code") ?? "");
  const user = await requireUser(`/ho-so/${encodeURIComponent(code)}`);
  const parsed = ratingSchema.safeParse({
    scores: Array.from({ length: 9 }, (_, i) => formData.get(`score${i}`) ?? undefined),
    easeOfUse: formData.get("easeOfUse") ?? undefined,
    overall: formData.get("overall") ?? undefined,
    comment: formData.get("comment") ?? "",
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] === "scores" && issue.path.length > 1 ? `score${String(issue.path[1])}` : String(issue.path[0]);
      fieldErrors[key] ??= issue.message;
    }
    return fail("Vui lòng chấm đủ các tiêu chí.", fieldErrors);
  }
  try {
    await rateDossier(await getDb(), user.id, code, parsed.data);
  } catch (error) {
    if (error instanceof WorkflowError) return fail(error.message);
    throw error;
  }
  redirect(`/ho-so/${encodeURIComponent(code)}?da-danh-gia=1`);
}
