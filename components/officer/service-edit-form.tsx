"use client";

import { useActionState } from "react";
import { editServiceAction } from "@/lib/admin/actions/edit-service";
import { type ServiceFormState } from "@/lib/admin/form-states";
import { Alert } from "@/components/ui/alert";
import { cardClass } from "@/components/ui/card";
import { TextareaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

const FIELDS = [
  { name: "timeLimitText", label: "Thời hạn giải quyết", rows: 2 },
  { name: "conditions", label: "Điều kiện thực hiện", rows: 4 },
  { name: "receivingAddress", label: "Địa chỉ tiếp nhận hồ sơ", rows: 2 },
  { name: "result", label: "Kết quả thực hiện", rows: 2 },
  { name: "feeLegalBasis", label: "Căn cứ thu phí, lệ phí", rows: 3 },
] as const;

export function ServiceEditForm({ code, initial }: { code: string; initial: Record<string, string> }) {
  const [state, action] = useActionState(editServiceAction, { message: "", fieldErrors: {}, values: initial } satisfies ServiceFormState);
  return (
    <form action={action} className={cardClass("space-y-3")}>
      <input type="hidden" name="code" value={code} />
      {FIELDS.map((f) => (
        <TextareaField
          key={f.name}
          id={`svc-${f.name}`}
          name={f.name}
          label={f.label}
          rows={f.rows}
          required
          defaultValue={state.values[f.name] ?? ""}
          error={state.fieldErrors[f.name]}
        />
      ))}
      {state.message ? <Alert kind="error">{state.message}</Alert> : null}
      <SubmitButton>Lưu thành phiên bản mới</SubmitButton>
    </form>
  );
}
