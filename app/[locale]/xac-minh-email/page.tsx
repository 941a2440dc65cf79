import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { AuthCard } from "@/components/accounts/auth-card";
import { Alert } from "@/components/ui/alert";
import { getTranslations } from "next-intl/server";
import { verifyEmailAction } from "@/lib/accounts/actions/verify-email";
import { SubmitButton } from "@/components/ui/submit-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("verify.title"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The emailed link lands here; one press of the button spends it (a GET alone changes nothing). */
export default async function VerifyEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("accounts");
  const params = await searchParams;
  const result = params["ket-qua"];
  const token = typeof params.token === "string" ? params.token : "";
  return (
    <AuthCard title={t("verify.title")}>
      {result === "thanh-cong" ? <Alert kind="success">{t("verify.done")}</Alert> : null}
      {result === "loi" || (!result && !token) ? <Alert kind="error">{t("verify.failed")}</Alert> : null}
      {!result && token ? (
        <form action={verifyEmailAction} className="grid gap-4">
          <p>{t("verify.prompt")}</p>
          <input type="hidden" name="token" value={token} />
          <SubmitButton className="sm:justify-self-start">{t("verify.submit")}</SubmitButton>
        </form>
      ) : (
        <p>
          <Link href="/tai-khoan" className="underline">
            {t("verify.toAccount")}
          </Link>
        </p>
      )}
    </AuthCard>
  );
}
