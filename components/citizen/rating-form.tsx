"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { rateDossierAction } from "@/lib/ratings/actions/rate-dossier";
import { Alert } from "@/components/ui/alert";
import { ChoiceGroup, TextareaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { RATING_CRITERIA_COUNT } from "@/lib/ratings/criteria";

const CRITERIA = Array.from({ length: RATING_CRITERIA_COUNT }, (_, i) => i);
const LEVEL_VALUES = [2, 1, 0] as const;
const GROUP = "rounded border border-slate-200 p-3";

/** The satisfaction rating (docs/domain.md#rating): nine criteria 2/1/0 and two overall levels. */
export function RatingForm({ code }: { code: string }) {
  const t = useTranslations("tracking.rating");
  const [state, action] = useActionState(rateDossierAction, { ok: false, message: "", fieldErrors: {} });
  const scores = LEVEL_VALUES.map((value) => ({ value: String(value), label: t(`scores.${value}`) }));
  const levels = LEVEL_VALUES.map((value) => ({ value: String(value), label: t(`levels.${value}`) }));
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="code" value={code} />
      {CRITERIA.map((i) => (
        <ChoiceGroup
          key={i}
          id={`score${i}`}
          name={`score${i}`}
          legend={`${i + 1}. ${t(`criteria.${i}` as "criteria.0")}`}
          choices={scores}
          required
          error={state.fieldErrors[`score${i}`]}
          className={GROUP}
        />
      ))}
      <ChoiceGroup
        id="easeOfUse"
        name="easeOfUse"
        legend={t("easeOfUse")}
        choices={levels}
        required
        error={state.fieldErrors.easeOfUse}
        className={GROUP}
      />
      <ChoiceGroup id="overall" name="overall" legend={t("overall")} choices={levels} required error={state.fieldErrors.overall} className={GROUP} />
      <TextareaField id="rating-comment" name="comment" label={t("comment")} optional rows={3} maxLength={1000} />
      {state.message ? <Alert kind="error">{state.message}</Alert> : null}
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
