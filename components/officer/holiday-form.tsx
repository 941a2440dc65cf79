"use client";

import { useActionState } from "react";
import { addHolidayAction } from "@/lib/admin/actions/add-holiday";
import { type HolidayFormState } from "@/lib/admin/form-states";

const inputClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base";
const initial: HolidayFormState = { fieldErrors: {}, values: { day: "", name: "" } };

export function HolidayForm() {
  const [state, action, pending] = useActionState(addHolidayAction, initial);
  return (
    <form action={action} className="grid gap-3 rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:grid-cols-[12rem_1fr_auto] sm:items-end">
      <div>
        <label htmlFor="holiday-day">Ngày</label>
        <input id="holiday-day" name="day" type="date" required defaultValue={state.values.day} className={inputClass} aria-describedby={state.fieldErrors.day ? "holiday-day-loi" : undefined} />
        {state.fieldErrors.day ? <p id="holiday-day-loi" className="mt-1 text-sm font-semibold text-accent-700">{state.fieldErrors.day}</p> : null}
      </div>
      <div>
        <label htmlFor="holiday-name">Tên ngày nghỉ</label>
        <input id="holiday-name" name="name" required defaultValue={state.values.name} className={inputClass} aria-describedby={state.fieldErrors.name ? "holiday-name-loi" : undefined} />
        {state.fieldErrors.name ? <p id="holiday-name-loi" className="mt-1 text-sm font-semibold text-accent-700">{state.fieldErrors.name}</p> : null}
      </div>
      <button disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        Thêm ngày nghỉ
      </button>
    </form>
  );
}
