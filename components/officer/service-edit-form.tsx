"use client";

import { useActionState } from "react";
import { editServiceAction } from "@/lib/admin/actions/edit-service";
import { type ServiceFormState } from "@/lib/admin/form-states";

const FIELDS = [
  { name: "timeLimitText", label: "Thời hạn giải quyết", rows: 2 },
  { name: "conditions", label: "Điều kiện thực hiện", rows: 4 },
  { name: "receivingAddress", label: "Địa chỉ tiếp nhận hồ sơ", rows: 2 },
  { name: "result", label: "Kết quả thực hiện", rows: 2 },
  { name: "feeLegalBasis", label: "Căn cứ thu phí, lệ phí", rows: 3 },
] as const;

export function ServiceEditForm({ code, initial }: { code: string; initial: Record<string, string> }) {
  const [state, action, pending] = useActionState(editServiceAction, { message: "", fieldErrors: {}, values: initial } satisfies ServiceFormState);
  return (
    <form action={action} className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <input type="hidden" name="code" value={code} />
      {FIELDS.map((f) => (
        <div key={f.name}>
          <label htmlFor={`svc-${f.name}`} className="font-semibold">
            {f.label}
          </label>
          <textarea
            id={`svc-${f.name}`}
            name={f.name}
            rows={f.rows}
            required
            defaultValue={state.values[f.name] ?? ""}
            aria-describedby={state.fieldErrors[f.name] ? `svc-${f.name}-loi` : undefined}
            className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base"
          />
          {state.fieldErrors[f.name] ? (
            <p id={`svc-${f.name}-loi`} className="mt-1 text-sm font-semibold text-accent-700">
              {state.fieldErrors[f.name]}
            </p>
          ) : null}
        </div>
      ))}
      {state.message ? (
        <p role="alert" className="font-semibold text-accent-700">
          {state.message}
        </p>
      ) : null}
      <button disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        Lưu thành phiên bản mới
      </button>
    </form>
  );
}
