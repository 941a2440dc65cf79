import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { safeReturnPath } from "@/lib/auth/current-user";
import { OIDC_PROVIDER_ID, oidcSettings } from "@/lib/auth/oidc-provider";
import { accountMessages as m } from "@/lib/messages/accounts";
import { signInWithOidcAction } from "./actions";

export const metadata: Metadata = { title: "Đăng nhập" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const next = safeReturnPath(params.next);
  const oidc = oidcSettings();
  return (
    <div className="mx-auto max-w-md space-y-5">
      <h1 className="text-2xl font-bold text-brand-900">{m.signIn.title}</h1>
      <p>{m.signIn.intro}</p>
      {params.loi === "oidc" || params.error ? (
        <p role="alert" className="rounded bg-red-50 p-3 font-semibold text-accent-700 ring-1 ring-red-200">
          {params.error === "CredentialsSignin" ? m.signIn.invalid : m.signIn.oidcFailed}
        </p>
      ) : null}
      {oidc ? (
        <>
          <form action={signInWithOidcAction}>
            <input type="hidden" name="provider" value={OIDC_PROVIDER_ID} />
            <input type="hidden" name="next" value={next} />
            <button type="submit" className="w-full rounded border-2 border-accent-700 bg-white px-5 py-3 font-semibold text-accent-700">
              {m.signIn.oidc(oidc.name)}
            </button>
          </form>
          <p className="text-center text-slate-700">{m.signIn.or}</p>
        </>
      ) : null}
      <div className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <SignInForm next={next} />
      </div>
      <p className="flex flex-wrap justify-between gap-2">
        <Link href={`/dang-ky${next !== "/ho-so" ? `?next=${encodeURIComponent(next)}` : ""}`}>{m.signIn.register}</Link>
        <Link href="/quen-mat-khau">{m.signIn.forgot}</Link>
      </p>
    </div>
  );
}
