"use client";

import { useActionState } from "react";
import { addHolidayAction } from "@/lib/admin/actions/add-holiday";
import { type HolidayFormState } from "@/lib/admin/form-states";
import { cardClass } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

const initial: HolidayFormState = { fieldErrors: {}, values: { day: "", name: "" } };

/** `texts`: the form's words, translated by the page. */
export function HolidayForm({ texts }: { texts: { day: string; name: string; submit: string } }) {
  const [state, action] = useActionState(addHolidayAction, initial);
  return (
    <form action={action} className={cardClass("grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end")}>
      <TextField id="holiday-day" name="day" type="date" label={texts.day} required defaultValue={state.values.day} error={state.fieldErrors.day} />
      <TextField id="holiday-name" name="name" label={texts.name} required defaultValue={state.values.name} error={state.fieldErrors.name} />
      <SubmitButton>{texts.submit}</SubmitButton>
    </form>
  );
}
