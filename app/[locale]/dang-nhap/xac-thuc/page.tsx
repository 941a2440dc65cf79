import type { Metadata } from "next";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { SecondFactorForm } from "@/components/accounts/second-factor-form";
import { getLiveSession } from "@/lib/auth/current-user";
import { landingPath, requestedNextPath } from "@/lib/auth/landing-path";
import { ensureTotpSecret } from "@/lib/auth/verify-second-factor";
import { secondFactorMessages as m } from "@/lib/messages/second-factor";
import { totpUri } from "@/lib/security/totp";
import { withDatabase } from "@/lib/database/with-database";
import { Card, cardClass } from "@/components/ui/card";

export const metadata: Metadata = { title: "Xác thực hai lớp", robots: { index: false } };

/** Officers: the authenticator code after the password; on first sign-in, the setup with a QR code. */
export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const asked = requestedNextPath((await searchParams).next);
  const live = await getLiveSession();
  if (!live) redirect(asked ? `/dang-nhap?next=${encodeURIComponent(asked)}` : "/dang-nhap");
  const next = landingPath(live.user.kind, asked);
  if (live.user.kind !== "officer" || live.session.secondFactorAt) redirect(next);
  const { secret, confirmed } = await withDatabase(ensureTotpSecret, live.user.id);
  const qr = confirmed ? null : await QRCode.toString(totpUri(secret, live.user.email), { type: "svg", margin: 1, width: 200 });
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{m.title}</h1>
      <p>{confirmed ? m.intro : m.setupIntro}</p>
      {qr ? (
        <div className={cardClass("space-y-2")}>
          <div role="img" aria-label={m.qrAlt} className="mx-auto w-[200px]" dangerouslySetInnerHTML={{ __html: qr }} />
          <p className="text-sm">
            {m.secret}: <code className="break-all font-mono">{secret}</code>
          </p>
        </div>
      ) : null}
      <Card as="div">
        <SecondFactorForm next={next} />
      </Card>
    </div>
  );
}
