import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/accounts/auth-card";
import { Alert } from "@/components/ui/alert";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { readOidcSettings } from "@/lib/auth/oidc-provider-config";
import { landingPath, requestedNextPath } from "@/lib/auth/landing-path";
import { accountMessages as m } from "@/lib/messages/accounts";
import { signInWithOidcAction } from "@/lib/auth/actions/sign-in-with-oidc";
import { ownEntry } from "@/lib/validation/boundary-schemas";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: m.signIn.title, robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const NOTICES: Record<string, string> = {
  "da-dang-xuat": m.signIn.signedOut,
  "da-dang-ky": m.register.done,
  "da-dat-lai": m.signIn.passwordReset,
};

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = requestedNextPath(params.next);
  const user = await getCurrentUser();
  if (user) redirect(landingPath(user.kind, next));
  const notice = ownEntry(NOTICES, params.tb);
  const oidc = readOidcSettings();
  return (
    <AuthCard title={m.signIn.title} intro={m.signIn.intro}>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {typeof params.error === "string" ? (
        <Alert kind="error">{params.error === "CredentialsSignin" ? m.errors.signInInvalid : m.errors.oidc}</Alert>
      ) : null}
      <SignInForm next={next} />
      {oidc ? (
        <form action={signInWithOidcAction} className="grid gap-3 border-t border-slate-200 pt-4">
          <p className="text-center text-sm text-slate-700">{m.signIn.or}</p>
          <input type="hidden" name="next" value={next} />
          <SubmitButton variant="negative">{m.signIn.withOidc(oidc.name)}</SubmitButton>
        </form>
      ) : null}
      <p className="border-t border-slate-200 pt-4">
        {m.signIn.noAccount} <Link href="/dang-ky" className="underline">{m.signIn.registerLink}</Link>
      </p>
    </AuthCard>
  );
}
