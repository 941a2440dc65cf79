"use client";

import { useActionState } from "react";
import { addHolidayAction } from "@/lib/admin/actions/add-holiday";
import { type HolidayFormState } from "@/lib/admin/form-states";
import { cardClass } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

const initial: HolidayFormState = { fieldErrors: {}, values: { day: "", name: "" } };

export function HolidayForm() {
  const [state, action] = useActionState(addHolidayAction, initial);
  return (
    <form action={action} className={cardClass("grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end")}>
      <TextField id="holiday-day" name="day" type="date" label="Ngày" required defaultValue={state.values.day} error={state.fieldErrors.day} />
      <TextField id="holiday-name" name="name" label="Tên ngày nghỉ" required defaultValue={state.values.name} error={state.fieldErrors.name} />
      <SubmitButton>Thêm ngày nghỉ</SubmitButton>
    </form>
  );
}
