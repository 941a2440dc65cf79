"use client";

import { useActionState } from "react";
import { verifySecondFactorAction } from "@/lib/auth/actions/verify-second-factor";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useTranslations } from "next-intl";

export function SecondFactorForm({ next }: { next: string }) {
  const t = useTranslations("secondFactor");
  const [state, action] = useActionState(verifySecondFactorAction, { message: "" });
  return (
    <form action={action} className="grid gap-3">
      <input type="hidden" name="next" value={next} />
      <TextField
        id="code"
        name="code"
        label={t("code")}
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]{6,7}"
        maxLength={7}
        required
        error={state.message || undefined}
        announceError
        fieldClassName="w-44"
        className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-center font-mono text-xl tracking-widest aria-[invalid=true]:border-accent-700"
      />
      <div>
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
