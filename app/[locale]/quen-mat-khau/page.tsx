import type { Metadata } from "next";
import { ClientTexts } from "@/components/i18n/client-texts";
import { Link } from "@/lib/i18n/navigation";
import { AuthCard } from "@/components/accounts/auth-card";
import { RequestResetForm } from "@/components/accounts/request-reset-form";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("reset.title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("accounts");
  return (
    <AuthCard title={t("reset.title")} intro={t("reset.intro")}>
      <ClientTexts namespaces={["accounts"]}>
        <RequestResetForm />
      </ClientTexts>
      <p className="border-t border-slate-200 pt-4">
        <Link href="/dang-nhap" className="underline">
          {t("reset.backToSignIn")}
        </Link>
      </p>
    </AuthCard>
  );
}
