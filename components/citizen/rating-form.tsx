"use client";

import { useActionState } from "react";
import { rateDossierAction } from "@/lib/ratings/actions/rate-dossier";
import { LEVEL_LABELS, RATING_CRITERIA, SCORE_LABELS } from "@/lib/ratings/criteria";

function Choice({ name, legend, labels, error }: { name: string; legend: string; labels: Record<number, string>; error?: string }) {
  return (
    <fieldset className="rounded border border-slate-200 p-3" aria-describedby={error ? `${name}-loi` : undefined}>
      <legend className="px-1 font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-4">
        {[2, 1, 0].map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name={name} value={value} required className="h-5 w-5" />
            {labels[value]}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-loi`} className="mt-1 text-sm font-semibold text-accent-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The satisfaction rating (docs/domain.md#rating): nine criteria 2/1/0 and two overall levels. */
export function RatingForm({ code }: { code: string }) {
  const [state, action, pending] = useActionState(rateDossierAction, { ok: false, message: "", fieldErrors: {} });
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="code" value={code} />
      {RATING_CRITERIA.map((criterion, i) => (
        <Choice key={criterion} name={`score${i}`} legend={`${i + 1}. ${criterion}`} labels={SCORE_LABELS} error={state.fieldErrors[`score${i}`]} />
      ))}
      <Choice name="easeOfUse" legend="Mức độ dễ sử dụng của Cổng" labels={LEVEL_LABELS} error={state.fieldErrors.easeOfUse} />
      <Choice name="overall" legend="Mức độ hài lòng chung" labels={LEVEL_LABELS} error={state.fieldErrors.overall} />
      <div>
        <label htmlFor="rating-comment" className="font-semibold">
          Góp ý (không bắt buộc)
        </label>
        <textarea id="rating-comment" name="comment" rows={3} maxLength={1000} className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2" />
      </div>
      {state.message ? (
        <p role="alert" className="font-semibold text-accent-700">
          {state.message}
        </p>
      ) : null}
      <button disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        Gửi đánh giá
      </button>
    </form>
  );
}
