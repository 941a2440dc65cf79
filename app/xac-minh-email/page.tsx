import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/accounts/auth-card";
import { FormAlert } from "@/components/accounts/form-alert";
import { accountMessages as m } from "@/lib/messages/accounts";
import { verifyEmailAction } from "@/lib/accounts/actions/verify-email";

export const metadata: Metadata = { title: m.verify.title, robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The emailed link lands here; one press of the button spends it (a GET alone changes nothing). */
export default async function VerifyEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const result = params["ket-qua"];
  const token = typeof params.token === "string" ? params.token : "";
  return (
    <AuthCard title={m.verify.title}>
      {result === "thanh-cong" ? <FormAlert kind="success">{m.verify.done}</FormAlert> : null}
      {result === "loi" || (!result && !token) ? <FormAlert kind="error">{m.verify.failed}</FormAlert> : null}
      {!result && token ? (
        <form action={verifyEmailAction} className="grid gap-4">
          <p>{m.verify.prompt}</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 sm:justify-self-start">
            {m.verify.submit}
          </button>
        </form>
      ) : (
        <p>
          <Link href="/tai-khoan" className="underline">
            {m.verify.toAccount}
          </Link>
        </p>
      )}
    </AuthCard>
  );
}
