"use client";

import { useActionState } from "react";
import { registerCounterDossierAction } from "@/lib/officers/actions/register-counter-dossier";
import { type CounterFormState } from "@/lib/officers/counter-form-state";
import type { FormField } from "@/lib/catalog/service-schema";

const inputClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900";

const APPLICANT: { name: string; label: string; type?: string; autoComplete?: string }[] = [
  { name: "fullName", label: "Họ và tên người nộp", autoComplete: "off" },
  { name: "idNumber", label: "Số CCCD, mã số thuế hoặc hộ chiếu" },
  { name: "phone", label: "Số điện thoại", type: "tel" },
  { name: "email", label: "Thư điện tử (không bắt buộc)", type: "email" },
  { name: "address", label: "Địa chỉ" },
];

function Error({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={`${id}-loi`} className="mt-1 text-sm font-semibold text-accent-700">
      {message}
    </p>
  ) : null;
}

/** Counter intake: applicant and the service's own form, posted to a server action (works without JavaScript). */
export function CounterForm({ serviceCode, definition }: { serviceCode: string; definition: FormField[] }) {
  const [state, action, pending] = useActionState(registerCounterDossierAction, { errors: {}, values: { channel: "1" } } satisfies CounterFormState);
  const v = (name: string) => state.values[name] ?? "";
  const described = (name: string) => (state.errors[name] ? `${name}-loi` : undefined);
  return (
    <form action={action} className="space-y-5 rounded-lg bg-white p-4 ring-1 ring-slate-200" noValidate>
      <input type="hidden" name="serviceCode" value={serviceCode} />
      {Object.keys(state.errors).length ? (
        <p role="alert" className="rounded bg-red-50 p-3 font-semibold text-accent-700">
          Vui lòng sửa các ô được đánh dấu bên dưới.
        </p>
      ) : null}
      {state.errors.serviceCode ? <p className="font-semibold text-accent-700">{state.errors.serviceCode}</p> : null}
      <fieldset>
        <legend className="font-semibold">Kênh tiếp nhận</legend>
        <div className="mt-1 flex gap-6">
          <label className="flex items-center gap-2">
            <input type="radio" name="channel" value="1" defaultChecked={v("channel") !== "3"} className="h-5 w-5" /> Trực tiếp tại quầy
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="channel" value="3" defaultChecked={v("channel") === "3"} className="h-5 w-5" /> Qua bưu chính
          </label>
        </div>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">Người nộp hồ sơ</legend>
        {APPLICANT.map((f) => (
          <div key={f.name}>
            <label htmlFor={f.name}>{f.label}</label>
            <input id={f.name} name={f.name} type={f.type ?? "text"} defaultValue={v(f.name)} aria-invalid={state.errors[f.name] ? true : undefined} aria-describedby={described(f.name)} className={inputClass} />
            <Error id={f.name} message={state.errors[f.name]} />
          </div>
        ))}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">Nội dung tờ khai</legend>
        {definition.map((f) => (
          <div key={f.name} className={f.type === "textarea" ? "sm:col-span-2" : undefined}>
            {f.type === "checkbox" ? (
              <label className="flex items-center gap-2">
                <input type="checkbox" name={f.name} defaultChecked={v(f.name) === "on"} className="h-5 w-5" />
                {f.label}
              </label>
            ) : (
              <>
                <label htmlFor={`f-${f.name}`}>
                  {f.label}
                  {f.required ? " *" : ""}
                </label>
                {f.type === "textarea" ? (
                  <textarea id={`f-${f.name}`} name={f.name} rows={3} defaultValue={v(f.name)} aria-describedby={described(f.name)} className={inputClass} />
                ) : f.type === "select" || f.type === "radio" ? (
                  <select id={`f-${f.name}`} name={f.name} defaultValue={v(f.name)} aria-describedby={described(f.name)} className={inputClass}>
                    <option value="">—</option>
                    {f.options?.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={`f-${f.name}`}
                    name={f.name}
                    type={f.type === "number" ? "text" : f.type}
                    inputMode={f.type === "number" ? "decimal" : undefined}
                    defaultValue={v(f.name)}
                    aria-describedby={described(f.name)}
                    className={inputClass}
                  />
                )}
              </>
            )}
            <Error id={f.name} message={state.errors[f.name]} />
          </div>
        ))}
      </fieldset>
      <button disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white">
        Tiếp nhận hồ sơ
      </button>
    </form>
  );
}
