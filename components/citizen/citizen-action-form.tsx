"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { takeCitizenAction } from "@/lib/tracking/actions/take-citizen-action";
import { Alert } from "@/components/ui/alert";
import { TextareaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

type CitizenFormAction = "supplement" | "request-withdrawal" | "withdraw";

/** A citizen's step on their dossier, posting to a server action (works without JavaScript). */
export function CitizenActionForm({
  code,
  version,
  action,
  children,
}: {
  code: string;
  version: number;
  action: CitizenFormAction;
  children?: React.ReactNode;
}) {
  const [state, formAction] = useActionState(takeCitizenAction, { ok: false, message: "", fieldErrors: {} });
  const id = useId();
  const t = useTranslations(`tracking.citizenAction.forms.${action}`);
  return (
    <form action={formAction} className="grid gap-2 rounded border border-slate-300 bg-white p-3">
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="action" value={action} />
      <h3 className="font-semibold">{t("title")}</h3>
      {children}
      <TextareaField id={`${id}-note`} name="note" label={t("note")} rows={3} error={state.fieldErrors.note} />
      {state.message ? <Alert kind="error">{state.message}</Alert> : null}
      <div>
        <SubmitButton variant={action === "supplement" ? "primary" : "negative"}>{t("button")}</SubmitButton>
      </div>
    </form>
  );
}
