import type { Metadata } from "next";
import Link from "next/link";
import { AccountSummary } from "@/components/accounts/account-summary";
import { requireUser } from "@/lib/auth/current-user";
import { accountMessages as m } from "@/lib/messages/accounts";

export const metadata: Metadata = { title: m.profile.title, robots: { index: false } };

export default async function AccountPage() {
  const user = await requireUser("/tai-khoan");
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold sm:text-3xl">{m.profile.title}</h1>
          <p className="mt-1 text-slate-700">
            {m.profile.signedInAs} <strong>{user.fullName}</strong>
          </p>
        </div>
        <p className="flex gap-4">
          <Link href="/ho-so">{m.profile.myDossiers}</Link>
          <Link href="/dang-xuat">{m.profile.signOut}</Link>
        </p>
      </div>
      <AccountSummary user={user} />
    </div>
  );
}
