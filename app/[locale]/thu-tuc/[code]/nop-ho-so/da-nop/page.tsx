import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localizeHref } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/current-user";
import { formatVietnamDateTime } from "@/lib/calendar";
import { findSubmittedDossier } from "@/lib/dossiers/submitted-dossier";
import { confirmationUrl } from "@/lib/dossiers/wizard-url";
import { dossierCodeSchema, parseBoundary, serviceCodeSchema } from "@/lib/validation/boundary-schemas";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("submission");
  return { title: t("confirmation.title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

type ConfirmationText =
  | "title"
  | "code"
  | "keepCode"
  | "service"
  | "unit"
  | "submittedAt"
  | "receiptDeadline"
  | "receiptDeadlineHelp"
  | "dueAt"
  | "next"
  | "slip"
  | "slipBilingual"
  | "track";

/** After submission: the code, deadlines, what happens next, the receipt slip. Only for the owner. */
export default async function ConfirmationPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const serviceCode = parseBoundary(serviceCodeSchema, (await params).code) ?? notFound();
  const dossierCode = parseBoundary(dossierCodeSchema, (await searchParams).ma) ?? notFound();
  const user = await requireUser(confirmationUrl(serviceCode, dossierCode));
  const dossier = await withDatabase(findSubmittedDossier, user.id, { code: dossierCode });
  if (!dossier) notFound();
  const t = await getTranslations("submission");
  const locale = await getLocale();
  const m = (key: ConfirmationText) => t(`confirmation.${key}`);
  const mode = `modes.${dossier.mode === "toan-trinh" ? "toanTrinh" : "motPhan"}` as const;
  const path = `/ho-so/${encodeURIComponent(dossier.code)}`;
  // Names of the procedure and the unit are data, in Vietnamese (docs/i18n.md).
  const dataLang = locale === "vi" ? undefined : "vi";
  return (
    <section className="mx-auto grid max-w-3xl gap-5">
      <div role="status" className="rounded-lg border-l-4 border-green-700 bg-green-50 p-4">
        <h1 className="text-2xl font-bold">{m("title")}</h1>
        <p className="mt-2">
          {m("code")}:{" "}
          <strong className="font-mono text-lg whitespace-nowrap sm:text-xl" data-testid="dossier-code">
            {dossier.code}
          </strong>
        </p>
        <p className="text-sm">{m("keepCode")}</p>
      </div>
      <dl className={cardClass("grid gap-x-4 gap-y-2 sm:grid-cols-[14rem_1fr]")}>
        <dt className="text-slate-700">{m("service")}</dt>
        <dd className="font-medium" lang={dataLang}>
          {dossier.serviceName}
        </dd>
        <dt className="text-slate-700">{m("unit")}</dt>
        <dd className="font-medium" lang={dataLang}>
          {dossier.unit.name}
        </dd>
        <dt className="text-slate-700">{m("submittedAt")}</dt>
        <dd className="font-medium">{formatVietnamDateTime(dossier.submittedAt)}</dd>
        <dt className="text-slate-700">{m("receiptDeadline")}</dt>
        <dd className="font-medium">
          {formatVietnamDateTime(dossier.receiptDeadline)}
          <span className="block text-sm font-normal text-slate-700">{m("receiptDeadlineHelp")}</span>
        </dd>
        <dt className="text-slate-700">{m("dueAt")}</dt>
        <dd className="font-medium" data-testid="due-at">
          {formatVietnamDateTime(dossier.dueAt)}
        </dd>
      </dl>
      <section className={cardClass()} aria-labelledby="next-steps">
        <h2 id="next-steps" className="text-lg font-semibold">
          {m("next")}: {t(`${mode}.title`)}
        </h2>
        <p className="mt-1">{t(`${mode}.online`)}</p>
        <p className="mt-1">{t(`${mode}.inPerson`)}</p>
        <p className="mt-2 text-sm text-slate-700">{t("confirmation.email", { email: dossier.applicantEmail })}</p>
      </section>
      <ul className="flex flex-col gap-3 sm:flex-row">
        <li>
          <a
            href={localizeHref(`${path}/phieu-tiep-nhan`, locale)}
            className="inline-block rounded bg-brand-700 px-5 py-2 font-semibold text-white no-underline hover:bg-brand-800"
          >
            {m("slip")}
          </a>
        </li>
        <li>
          <Link href={path} className="inline-block rounded border border-brand-700 px-5 py-2 font-semibold">
            {m("track")}
          </Link>
        </li>
      </ul>
      {locale === "vi" ? null : <p className="text-sm text-slate-700">{m("slipBilingual")}</p>}
    </section>
  );
}
