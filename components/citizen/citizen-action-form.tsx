"use client";

import { useActionState, useId } from "react";
import { takeCitizenAction } from "@/lib/tracking/actions/take-citizen-action";

const LABELS = {
  supplement: { title: "Gửi bổ sung hồ sơ", note: "Nội dung bổ sung", button: "Gửi bổ sung" },
  "request-withdrawal": { title: "Yêu cầu rút hồ sơ", note: "Lý do rút hồ sơ", button: "Gửi yêu cầu rút hồ sơ" },
  withdraw: { title: "Rút hồ sơ", note: "Lý do rút hồ sơ", button: "Rút hồ sơ" },
} as const;

/** A citizen's step on their dossier, posting to a server action (works without JavaScript). */
export function CitizenActionForm({ code, version, action, children }: { code: string; version: number; action: keyof typeof LABELS; children?: React.ReactNode }) {
  const [state, formAction, pending] = useActionState(takeCitizenAction, { ok: false, message: "", fieldErrors: {} });
  const id = useId();
  const text = LABELS[action];
  return (
    <form action={formAction} className="space-y-2 rounded border border-slate-300 bg-white p-3">
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="action" value={action} />
      <h3 className="font-semibold">{text.title}</h3>
      {children}
      <label htmlFor={`${id}-note`} className="block">
        {text.note}
      </label>
      <textarea id={`${id}-note`} name="note" rows={3} className="block w-full rounded border border-slate-400 bg-white px-3 py-2" />
      {state.message ? (
        <p role="alert" className="font-semibold text-accent-700">
          {state.message}
        </p>
      ) : null}
      <button disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        {text.button}
      </button>
    </form>
  );
}
