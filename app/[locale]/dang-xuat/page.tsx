import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { AuthCard } from "@/components/accounts/auth-card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/auth/actions/sign-out";
import { SubmitButton } from "@/components/ui/submit-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("signOut.title"), robots: { index: false } };
}

/** Signing out is a POST (a link or a prefetch must never sign anyone out); this page asks to confirm. */
export default async function SignOutPage() {
  const t = await getTranslations("accounts");
  const user = await getCurrentUser();
  return (
    <AuthCard title={t("signOut.title")}>
      {user ? (
        <form action={signOutAction} className="grid gap-4">
          <p>{t("signOut.confirm")}</p>
          <p className="text-slate-700">
            {t("profile.signedInAs")} <strong>{user.fullName}</strong> ({user.email})
          </p>
          <div className="flex flex-wrap items-center gap-4">
            <SubmitButton>{t("signOut.submit")}</SubmitButton>
            <Link href="/tai-khoan">{t("signOut.cancel")}</Link>
          </div>
        </form>
      ) : (
        <p>
          {t("signOut.notSignedIn")}{" "}
          <Link href="/dang-nhap" className="underline">
            {t("signIn.title")}
          </Link>
        </p>
      )}
    </AuthCard>
  );
}
