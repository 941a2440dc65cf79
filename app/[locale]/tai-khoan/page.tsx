import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { ClientTexts } from "@/components/i18n/client-texts";
import { AccountSummary } from "@/components/accounts/account-summary";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { ContactForm } from "@/components/accounts/contact-form";
import { ResendVerificationForm } from "@/components/accounts/resend-verification-form";
import { requireUser } from "@/lib/auth/current-user";
import { formatVietnamDate, vietnamIsoDate } from "@/lib/calendar/format";
import { getTranslations } from "next-intl/server";
import { getOfficerAccount } from "@/lib/officers/get-officer-account";
import { withDatabase } from "@/lib/database/with-database";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("profile.title"), robots: { index: false } };
}

export default async function AccountPage() {
  const t = await getTranslations("accounts");
  const f = await getTranslations("feedback");
  const user = await requireUser("/tai-khoan");
  // An officer's account is an officer's: unit, roles and second factor; their work is in /quan-tri.
  const officer = user.kind === "officer" ? await withDatabase(getOfficerAccount, user.id) : null;
  const officerRows: [string, string][] = officer
    ? [
        [t("profile.unit"), officer.unitName],
        [t("profile.roles"), officer.roleNames.join(", ")],
        [
          t("profile.secondFactor"),
          officer.secondFactorSince
            ? t("profile.secondFactorOn", { since: formatVietnamDate(vietnamIsoDate(officer.secondFactorSince)) })
            : t("profile.secondFactorPending"),
        ],
      ]
    : [];
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold sm:text-3xl">{t("profile.title")}</h1>
          <p className="mt-1 text-slate-700">
            {t("profile.signedInAs")} <strong>{user.fullName}</strong>
          </p>
        </div>
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          {officer ? (
            <Link href="/quan-tri">{t("profile.officerArea")}</Link>
          ) : (
            <>
              <Link href="/ho-so">{t("profile.myDossiers")}</Link>
              <Link href="/tai-khoan/phan-anh">{f("nav.mine")}</Link>
            </>
          )}
          <Link href="/dang-xuat">{t("profile.signOut")}</Link>
        </p>
      </div>
      <ClientTexts namespaces={["accounts"]}>
        {user.emailVerified ? null : <ResendVerificationForm />}
        <AccountSummary user={user} extra={officerRows} />
        {officer ? null : (
          <Card padding="roomy">
            <ContactForm values={{ phone: user.phone, email: user.email, address: user.address }} />
          </Card>
        )}
        <Card padding="roomy">
          <ChangePasswordForm />
        </Card>
      </ClientTexts>
    </div>
  );
}
