"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { trackFeedbackAction } from "@/lib/feedback/actions/track-feedback";
import type { TrackFeedbackState } from "@/lib/feedback/track-feedback-state";
import { useTranslations } from "next-intl";
import { CitizenFeedbackDetail } from "./citizen-feedback-detail";
import { ErrorSummary, FieldError } from "./fields";
import { RateFeedbackForms } from "./rate-feedback-forms";

const inputClass = (error?: string) =>
  `mt-1 block w-full rounded border bg-white px-3 py-2 text-base ${error ? "border-accent-700 ring-1 ring-accent-700" : "border-slate-500"}`;

/** Code + phone; the item and its rating forms come back on the same action (works without JavaScript). */
export function TrackFeedbackForm({ initialCode }: { initialCode: string }) {
  const t = useTranslations("feedback");
  const [state, formAction, pending] = useActionState<TrackFeedbackState, FormData>(trackFeedbackAction, {
    values: { code: initialCode, phone: "" },
  });
  const errors = state.fieldErrors ?? {};
  const summary = (["code", "phone"] as const).flatMap((name) => (errors[name] ? [{ id: `pakn-${name}`, message: errors[name]! }] : []));
  const item = state.item;
  return (
    <>
      <form action={formAction} noValidate className="mt-4 grid max-w-xl gap-4 rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <ErrorSummary title={t("send.errorSummary")} errors={summary} />
        <div>
          <label htmlFor="pakn-code" className="block font-semibold">
            {t("track.code")}
          </label>
          <p id="pakn-code-goi-y" className="text-sm text-slate-700">
            {t("track.codeHint")}
          </p>
          <input
            id="pakn-code"
            name="code"
            key={`code-${state.values.code}`}
            defaultValue={state.values.code}
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            aria-invalid={errors.code ? true : undefined}
            aria-describedby={errors.code ? "pakn-code-goi-y pakn-code-loi" : "pakn-code-goi-y"}
            className={`${inputClass(errors.code)} font-mono`}
          />
          <FieldError id="pakn-code" error={errors.code} />
        </div>
        <div>
          <label htmlFor="pakn-phone" className="block font-semibold">
            {t("track.phone")}
          </label>
          <input
            id="pakn-phone"
            name="phone"
            type="tel"
            key={`phone-${state.values.phone}`}
            defaultValue={state.values.phone}
            autoComplete="tel"
            inputMode="tel"
            maxLength={20}
            aria-invalid={errors.phone ? true : undefined}
            aria-describedby={errors.phone ? "pakn-phone-loi" : undefined}
            className={inputClass(errors.phone)}
          />
          <FieldError id="pakn-phone" error={errors.phone} />
        </div>
        <div>
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
          >
            {t("track.submit")}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {state.message ? (
          <div className="mt-4 max-w-xl">
            <Alert kind="error">{state.message}</Alert>
          </div>
        ) : null}
        {state.notice ? (
          <div className="mt-4 max-w-3xl">
            <Alert kind="success">{state.notice}</Alert>
          </div>
        ) : null}
        {item ? (
          <CitizenFeedbackDetail item={item}>
            <RateFeedbackForms
              action={formAction}
              hidden={{ code: state.values.code, phone: state.values.phone }}
              canRate={item.availableActions.includes("rate")}
              canReopen={item.availableActions.includes("reopen")}
              rating={item.rating}
              errors={state.actionErrors}
              note={state.actionValues?.note}
            />
          </CitizenFeedbackDetail>
        ) : null}
      </div>
    </>
  );
}
