"use client";

import { useActionState } from "react";
import { registerCounterDossierAction } from "@/lib/officers/actions/register-counter-dossier";
import { type CounterFormState } from "@/lib/officers/counter-form-state";
import { cardClass } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { CheckboxField, ChoiceGroup, SelectField, TextareaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormField } from "@/lib/catalog/service-schema";

const APPLICANT: { name: string; label: string; type?: string; autoComplete?: string }[] = [
  { name: "fullName", label: "Họ và tên người nộp", autoComplete: "off" },
  { name: "idNumber", label: "Số CCCD, mã số thuế hoặc hộ chiếu" },
  { name: "phone", label: "Số điện thoại", type: "tel" },
  { name: "email", label: "Thư điện tử (không bắt buộc)", type: "email" },
  { name: "address", label: "Địa chỉ" },
];

const CHANNELS = [
  { value: "1", label: "Trực tiếp tại quầy" },
  { value: "3", label: "Qua bưu chính" },
];

/** Counter intake: applicant and the service's own form, posted to a server action (works without JavaScript). */
export function CounterForm({ serviceCode, definition }: { serviceCode: string; definition: FormField[] }) {
  const [state, action] = useActionState(registerCounterDossierAction, { errors: {}, values: { channel: "1" } } satisfies CounterFormState);
  const v = (name: string) => state.values[name] ?? "";
  return (
    <form action={action} className={cardClass("space-y-5")} noValidate>
      <input type="hidden" name="serviceCode" value={serviceCode} />
      {Object.keys(state.errors).length ? (
        <Alert kind="error" className="font-semibold">
          Vui lòng sửa các ô được đánh dấu bên dưới.
        </Alert>
      ) : null}
      {state.errors.serviceCode ? <p className="font-semibold text-accent-700">{state.errors.serviceCode}</p> : null}
      <ChoiceGroup id="channel" name="channel" legend="Kênh tiếp nhận" choices={CHANNELS} defaultValue={v("channel") === "3" ? "3" : "1"} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Người nộp hồ sơ</legend>
        {APPLICANT.map((f) => (
          <TextField key={f.name} id={f.name} name={f.name} type={f.type ?? "text"} label={f.label} required={f.name !== "email"} autoComplete={f.autoComplete} defaultValue={v(f.name)} error={state.errors[f.name]} />
        ))}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Nội dung tờ khai</legend>
        {definition.map((f) => {
          const common = { id: `f-${f.name}`, name: f.name, label: f.label, hint: f.helpText, error: state.errors[f.name] };
          if (f.type === "checkbox") return <CheckboxField {...common} key={f.name} defaultChecked={v(f.name) === "on"} fieldClassName="sm:col-span-2" />;
          if (f.type === "textarea") return <TextareaField {...common} key={f.name} required={f.required} defaultValue={v(f.name)} fieldClassName="sm:col-span-2" />;
          if (f.type === "select" || f.type === "radio") {
            return (
              <SelectField {...common} key={f.name} required={f.required} defaultValue={v(f.name)}>
                <option value="">—</option>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </SelectField>
            );
          }
          return (
            <TextField
              {...common}
              key={f.name}
              required={f.required}
              type={f.type === "number" ? "text" : f.type}
              inputMode={f.type === "number" ? "decimal" : undefined}
              defaultValue={v(f.name)}
            />
          );
        })}
      </fieldset>
      <SubmitButton>Tiếp nhận hồ sơ</SubmitButton>
    </form>
  );
}
