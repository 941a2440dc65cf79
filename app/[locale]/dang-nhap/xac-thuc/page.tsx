import type { Metadata } from "next";
import { ClientTexts } from "@/components/i18n/client-texts";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import QRCode from "qrcode";
import { SecondFactorForm } from "@/components/accounts/second-factor-form";
import { getLiveSession } from "@/lib/auth/current-user";
import { landingPath, requestedNextPath } from "@/lib/auth/landing-path";
import { ensureTotpSecret } from "@/lib/auth/verify-second-factor";
import { getTranslations } from "next-intl/server";
import { totpUri } from "@/lib/security/totp";
import { withDatabase } from "@/lib/database/with-database";
import { Card, cardClass } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("secondFactor");
  return { title: t("title"), robots: { index: false } };
}

/** Officers: the authenticator code after the password; on first sign-in, the setup with a QR code. */
export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const t = await getTranslations("secondFactor");
  const asked = requestedNextPath((await searchParams).next);
  const live = await getLiveSession();
  if (!live) return redirectInLocale(asked ? `/dang-nhap?next=${encodeURIComponent(asked)}` : "/dang-nhap");
  const next = landingPath(live.user.kind, asked);
  if (live.user.kind !== "officer" || live.session.secondFactorAt) return redirectInLocale(next);
  const { secret, confirmed } = await withDatabase(ensureTotpSecret, live.user.id);
  const qr = confirmed ? null : await QRCode.toString(totpUri(secret, live.user.email), { type: "svg", margin: 1, width: 200 });
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p>{confirmed ? t("intro") : t("setupIntro")}</p>
      {qr ? (
        <div className={cardClass("space-y-2")}>
          <div role="img" aria-label={t("qrAlt")} className="mx-auto w-[200px]" dangerouslySetInnerHTML={{ __html: qr }} />
          <p className="text-sm">
            {t("secret")}: <code className="font-mono break-all">{secret}</code>
          </p>
        </div>
      ) : null}
      <Card as="div">
        <ClientTexts namespaces={["secondFactor"]}>
          <SecondFactorForm next={next} />
        </ClientTexts>
      </Card>
    </div>
  );
}
