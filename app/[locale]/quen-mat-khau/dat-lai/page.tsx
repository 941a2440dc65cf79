import type { Metadata } from "next";
import { ClientTexts } from "@/components/i18n/client-texts";
import { Link } from "@/lib/i18n/navigation";
import { AuthCard } from "@/components/accounts/auth-card";
import { Alert } from "@/components/ui/alert";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { isAuthTokenValid } from "@/lib/auth/auth-tokens";
import { getTranslations } from "next-intl/server";
import { withDatabase } from "@/lib/database/with-database";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("reset.newTitle"), robots: { index: false }, referrer: "no-referrer" };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The emailed reset link: the form shows only for a live link; the token is spent when the form is posted. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("accounts");
  const token = (await searchParams).token;
  const valid = typeof token === "string" && (await withDatabase(isAuthTokenValid, token, "reset-password"));
  return (
    <AuthCard title={t("reset.newTitle")}>
      {valid ? (
        <ClientTexts namespaces={["accounts"]}>
          <ResetPasswordForm token={token} />
        </ClientTexts>
      ) : (
        <>
          <Alert kind="error">{t("errors.tokenInvalid")}</Alert>
          <p>
            <Link href="/quen-mat-khau" className="underline">
              {t("reset.requestAgain")}
            </Link>
          </p>
        </>
      )}
    </AuthCard>
  );
}
