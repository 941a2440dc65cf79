"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { rateOwnFeedbackAction, type OwnFeedbackActionState } from "@/lib/feedback/actions/rate-own-feedback";
import { RateFeedbackForms } from "./rate-feedback-forms";

/** The rating forms on the sender's own item page (errors come back next to the field). */
export function OwnFeedbackRating(props: {
  feedbackId: string;
  code: string;
  canRate: boolean;
  canReopen: boolean;
  rating: "satisfied" | "not-satisfied" | null;
}) {
  const [state, formAction] = useActionState<OwnFeedbackActionState, FormData>(rateOwnFeedbackAction, { errors: {}, note: "" });
  return (
    <>
      {state.message ? <Alert kind="error">{state.message}</Alert> : null}
      <RateFeedbackForms
        action={formAction}
        hidden={{ feedbackId: props.feedbackId, code: props.code }}
        canRate={props.canRate}
        canReopen={props.canReopen}
        rating={props.rating}
        errors={state.errors}
        note={state.note}
      />
    </>
  );
}
