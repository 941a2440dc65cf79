"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/auth";
import { invalidForm, type FormState } from "@/lib/validation/form-state";
import { signInSchema } from "@/lib/accounts/sign-in-schema";
import { requestedNextPath } from "@/lib/auth/landing-path";
import { getLocale, getTranslations } from "next-intl/server";
import { FIELD_ERRORS } from "@/lib/accounts/field-schemas";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { localizeHref } from "@/lib/i18n/locales";

/** Signs in with CCCD / tax code / email and password; failures come back as a message, never a 500. */
export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData, ["password"]);
  const { identifier, password, next } = parsed.data;
  try {
    // Through the second-factor step: officers enter their authenticator code there, others pass straight
    // on; without a page asked for, that step sends each user to their own home (landingPath).
    const asked = requestedNextPath(next);
    // The steps stay in the language of the sign-in page (an English page asking for sign-in returns to English).
    const step = localizeHref(`/dang-nhap/xac-thuc${asked ? `?next=${encodeURIComponent(asked)}` : ""}`, await getLocale());
    await signIn("credentials", { identifier, password, redirectTo: step });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js errors are failures to report.
    if (!(error instanceof AuthError)) throw error;
    const values = { identifier, next: next ?? "" };
    const t = await getTranslations("accounts.errors");
    const code = error instanceof CredentialsSignin ? error.code : "";
    if (code.startsWith("locked:")) {
      const until = formatVietnamDateTime(new Date(code.slice("locked:".length)));
      return { status: "error", message: t("signInLocked", { until }), fieldErrors: {}, values };
    }
    if (code === "invalid") return { status: "error", message: t("signInInvalid"), fieldErrors: { password: FIELD_ERRORS.signInInvalid }, values };
    console.error("Sign-in failed", error);
    return { status: "error", message: t("generic"), fieldErrors: {}, values };
  }
  return { status: "success", fieldErrors: {}, values: {} };
}
