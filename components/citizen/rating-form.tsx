"use client";

import { useActionState } from "react";
import { rateDossierAction } from "@/lib/ratings/actions/rate-dossier";
import { Alert } from "@/components/ui/alert";
import { ChoiceGroup, TextareaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { LEVEL_LABELS, RATING_CRITERIA, SCORE_LABELS } from "@/lib/ratings/criteria";

const choicesOf = (labels: Record<number, string>) => [2, 1, 0].map((value) => ({ value: String(value), label: labels[value] }));
const SCORES = choicesOf(SCORE_LABELS);
const LEVELS = choicesOf(LEVEL_LABELS);
const GROUP = "rounded border border-slate-200 p-3";

/** The satisfaction rating (docs/domain.md#rating): nine criteria 2/1/0 and two overall levels. */
export function RatingForm({ code }: { code: string }) {
  const [state, action] = useActionState(rateDossierAction, { ok: false, message: "", fieldErrors: {} });
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="code" value={code} />
      {RATING_CRITERIA.map((criterion, i) => (
        <ChoiceGroup key={criterion} id={`score${i}`} name={`score${i}`} legend={`${i + 1}. ${criterion}`} choices={SCORES} required error={state.fieldErrors[`score${i}`]} className={GROUP} />
      ))}
      <ChoiceGroup id="easeOfUse" name="easeOfUse" legend="Mức độ dễ sử dụng của Cổng" choices={LEVELS} required error={state.fieldErrors.easeOfUse} className={GROUP} />
      <ChoiceGroup id="overall" name="overall" legend="Mức độ hài lòng chung" choices={LEVELS} required error={state.fieldErrors.overall} className={GROUP} />
      <TextareaField id="rating-comment" name="comment" label="Góp ý" optional rows={3} maxLength={1000} />
      {state.message ? <Alert kind="error">{state.message}</Alert> : null}
      <SubmitButton>Gửi đánh giá</SubmitButton>
    </form>
  );
}
