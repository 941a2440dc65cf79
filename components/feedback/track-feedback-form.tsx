"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CodeField } from "@/components/ui/code-field";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { trackFeedbackAction } from "@/lib/feedback/actions/track-feedback";
import type { TrackFeedbackState } from "@/lib/feedback/track-feedback-state";
import { useTranslations } from "next-intl";
import { CitizenFeedbackDetail } from "./citizen-feedback-detail";
import { summaryProps } from "./feedback-fields";
import { RateFeedbackForms } from "./rate-feedback-forms";

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
        <ErrorSummary title={t("send.errorSummary")} {...summaryProps(summary)} />
        <CodeField
          id="pakn-code"
          name="code"
          key={`code-${state.values.code}`}
          label={t("track.code")}
          hint={t("track.codeHint")}
          defaultValue={state.values.code}
          error={errors.code}
        />
        <TextField
          id="pakn-phone"
          name="phone"
          type="tel"
          key={`phone-${state.values.phone}`}
          label={t("track.phone")}
          defaultValue={state.values.phone}
          error={errors.phone}
          autoComplete="tel"
          inputMode="tel"
          maxLength={20}
        />
        <div>
          <SubmitButton pending={pending}>{t("track.submit")}</SubmitButton>
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
