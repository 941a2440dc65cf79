import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { AuthCard } from "@/components/accounts/auth-card";
import { Alert } from "@/components/ui/alert";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { isAuthTokenValid } from "@/lib/auth/auth-tokens";
import { accountMessages as m } from "@/lib/messages/accounts";
import { withDatabase } from "@/lib/database/with-database";

export const metadata: Metadata = { title: m.reset.newTitle, robots: { index: false }, referrer: "no-referrer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The emailed reset link: the form shows only for a live link; the token is spent when the form is posted. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const token = (await searchParams).token;
  const valid = typeof token === "string" && (await withDatabase(isAuthTokenValid, token, "reset-password"));
  return (
    <AuthCard title={m.reset.newTitle}>
      {valid ? (
        <ResetPasswordForm token={token} />
      ) : (
        <>
          <Alert kind="error">{m.errors.tokenInvalid}</Alert>
          <p>
            <Link href="/quen-mat-khau" className="underline">
              {m.reset.requestAgain}
            </Link>
          </p>
        </>
      )}
    </AuthCard>
  );
}
