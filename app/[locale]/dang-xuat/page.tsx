import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { AuthCard } from "@/components/accounts/auth-card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { accountMessages as m } from "@/lib/messages/accounts";
import { signOutAction } from "@/lib/auth/actions/sign-out";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: m.signOut.title, robots: { index: false } };

/** Signing out is a POST (a link or a prefetch must never sign anyone out); this page asks to confirm. */
export default async function SignOutPage() {
  const user = await getCurrentUser();
  return (
    <AuthCard title={m.signOut.title}>
      {user ? (
        <form action={signOutAction} className="grid gap-4">
          <p>{m.signOut.confirm}</p>
          <p className="text-slate-700">
            {m.profile.signedInAs} <strong>{user.fullName}</strong> ({user.email})
          </p>
          <div className="flex flex-wrap items-center gap-4">
            <SubmitButton>{m.signOut.submit}</SubmitButton>
            <Link href="/tai-khoan">{m.signOut.cancel}</Link>
          </div>
        </form>
      ) : (
        <p>
          {m.signOut.notSignedIn} <Link href="/dang-nhap" className="underline">{m.signIn.title}</Link>
        </p>
      )}
    </AuthCard>
  );
}
