import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { AuthCard } from "@/components/accounts/auth-card";
import { RequestResetForm } from "@/components/accounts/request-reset-form";
import { accountMessages as m } from "@/lib/messages/accounts";

export const metadata: Metadata = { title: m.reset.title };

export default function ForgotPasswordPage() {
  return (
    <AuthCard title={m.reset.title} intro={m.reset.intro}>
      <RequestResetForm />
      <p className="border-t border-slate-200 pt-4">
        <Link href="/dang-nhap" className="underline">
          {m.reset.backToSignIn}
        </Link>
      </p>
    </AuthCard>
  );
}
