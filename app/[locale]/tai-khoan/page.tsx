import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { feedbackMessages } from "@/lib/messages/feedback";
import { AccountSummary } from "@/components/accounts/account-summary";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { ContactForm } from "@/components/accounts/contact-form";
import { ResendVerificationForm } from "@/components/accounts/resend-verification-form";
import { requireUser } from "@/lib/auth/current-user";
import { formatVietnamDate, vietnamIsoDate } from "@/lib/calendar/format";
import { accountMessages as m } from "@/lib/messages/accounts";
import { getOfficerAccount } from "@/lib/officers/get-officer-account";
import { withDatabase } from "@/lib/database/with-database";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: m.profile.title, robots: { index: false } };

export default async function AccountPage() {
  const user = await requireUser("/tai-khoan");
  // An officer's account is an officer's: unit, roles and second factor; their work is in /quan-tri.
  const officer = user.kind === "officer" ? await withDatabase(getOfficerAccount, user.id) : null;
  const officerRows: [string, string][] = officer
    ? [
        [m.profile.unit, officer.unitName],
        [m.profile.roles, officer.roleNames.join(", ")],
        [m.profile.secondFactor, officer.secondFactorSince ? m.profile.secondFactorOn(formatVietnamDate(vietnamIsoDate(officer.secondFactorSince))) : m.profile.secondFactorPending],
      ]
    : [];
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold sm:text-3xl">{m.profile.title}</h1>
          <p className="mt-1 text-slate-700">
            {m.profile.signedInAs} <strong>{user.fullName}</strong>
          </p>
        </div>
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          {officer ? (
            <Link href="/quan-tri">{m.profile.officerArea}</Link>
          ) : (
            <>
              <Link href="/ho-so">{m.profile.myDossiers}</Link>
              <Link href="/tai-khoan/phan-anh">{feedbackMessages.nav.mine}</Link>
            </>
          )}
          <Link href="/dang-xuat">{m.profile.signOut}</Link>
        </p>
      </div>
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
    </div>
  );
}
