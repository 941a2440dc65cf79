import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { ClientTexts } from "@/components/i18n/client-texts";
import { AuthCard } from "@/components/accounts/auth-card";
import { Alert } from "@/components/ui/alert";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { readOidcSettings } from "@/lib/auth/oidc-provider-config";
import { landingPath, requestedNextPath } from "@/lib/auth/landing-path";
import { getTranslations } from "next-intl/server";
import { signInWithOidcAction } from "@/lib/auth/actions/sign-in-with-oidc";
import { ownEntry } from "@/lib/validation/boundary-schemas";
import { SubmitButton } from "@/components/ui/submit-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("signIn.title"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const NOTICES = {
  "da-dang-xuat": "signIn.signedOut",
  "da-dang-ky": "register.done",
  "da-dat-lai": "signIn.passwordReset",
} as const;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("accounts");
  const params = await searchParams;
  const next = requestedNextPath(params.next);
  const user = await getCurrentUser();
  if (user) await redirectInLocale(landingPath(user.kind, next));
  const notice = ownEntry(NOTICES, params.tb);
  const oidc = readOidcSettings();
  return (
    <AuthCard title={t("signIn.title")} intro={t("signIn.intro")}>
      {notice ? <Alert kind="success">{t(notice)}</Alert> : null}
      {typeof params.error === "string" ? (
        <Alert kind="error">{params.error === "CredentialsSignin" ? t("errors.signInInvalid") : t("errors.oidc")}</Alert>
      ) : null}
      <ClientTexts namespaces={["accounts"]}>
        <SignInForm next={next} />
      </ClientTexts>
      {oidc ? (
        <form action={signInWithOidcAction} className="grid gap-3 border-t border-slate-200 pt-4">
          <p className="text-center text-sm text-slate-700">{t("signIn.or")}</p>
          <input type="hidden" name="next" value={next} />
          <SubmitButton variant="negative">{t("signIn.withOidc", { name: oidc.name })}</SubmitButton>
        </form>
      ) : null}
      <p className="border-t border-slate-200 pt-4">
        {t("signIn.noAccount")}{" "}
        <Link href="/dang-ky" className="underline">
          {t("signIn.registerLink")}
        </Link>
      </p>
    </AuthCard>
  );
}
