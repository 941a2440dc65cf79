import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { payWithTestGatewayAction } from "@/lib/payments/actions/pay-with-test-gateway";
import { getOwnPayment } from "@/lib/payments/pay-with-test-gateway";
import { ownEntry, parseBoundary, uuidSchema } from "@/lib/validation/boundary-schemas";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("fees");
  return { title: t("testGateway.title"), robots: { index: false } };
}

/** The `?ket-qua=` values the payment action answers with, and their messages. */
const OUTCOMES = {
  paid: "paid",
  "already-paid": "alreadyPaid",
  refunded: "refunded",
  "already-refunded": "refunded",
  "failed-payment": "failedPayment",
  rejected: "rejected",
} as const;

/** The built-in test gateway's payment page, clearly marked: no real money moves. */
export default async function TestGatewayPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ "ket-qua"?: string }>;
}) {
  const id = parseBoundary(uuidSchema, (await params).id) ?? notFound();
  const { "ket-qua": outcome } = await searchParams;
  const user = await requireUser(`/thanh-toan-thu/${encodeURIComponent(id)}`);
  const own = await withDatabase(getOwnPayment, id, user.id);
  if (!own) notFound();
  const { payment } = own;
  const t = await getTranslations("fees");
  const message = ownEntry(OUTCOMES, outcome);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <p className="rounded bg-yellow-100 p-3 font-bold text-yellow-900 ring-1 ring-yellow-300">{t("testGateway.banner")}</p>
      <h1 className="text-2xl font-bold text-brand-900">{t("testGateway.title")}</h1>
      <dl className={cardClass("grid grid-cols-[10rem_1fr] gap-y-1")}>
        <dt className="text-slate-600">{t("testGateway.dossier")}</dt>
        <dd className="font-mono">{own.code}</dd>
        <dt className="text-slate-600">{t("testGateway.service")}</dt>
        <dd lang="vi">{own.serviceName}</dd>
        <dt className="text-slate-600">{t("testGateway.amount")}</dt>
        <dd className="font-semibold">{t("vnd", { amount: payment.amount })}</dd>
        <dt className="text-slate-600">{t("testGateway.status")}</dt>
        <dd>{t(`statusNames.${payment.status}`)}</dd>
      </dl>
      {message ? (
        <p role="status" className={cardClass("font-semibold", "compact")}>
          {t(`testGateway.outcomes.${message}`)}
        </p>
      ) : null}
      {payment.status === "waiting" ? (
        <div className="flex flex-wrap gap-3">
          <form action={payWithTestGatewayAction}>
            <input type="hidden" name="paymentId" value={payment.id} />
            <input type="hidden" name="result" value="ok" />
            <SubmitButton>{t("testGateway.pay")}</SubmitButton>
          </form>
          <form action={payWithTestGatewayAction}>
            <input type="hidden" name="paymentId" value={payment.id} />
            <input type="hidden" name="result" value="fail" />
            <SubmitButton variant="secondary">{t("testGateway.fail")}</SubmitButton>
          </form>
        </div>
      ) : null}
      <p>
        <Link href={`/ho-so/${encodeURIComponent(own.code)}`}>{t("testGateway.back")}</Link>
      </p>
    </div>
  );
}
