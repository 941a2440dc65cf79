import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { CitizenActionForm } from "@/components/citizen/citizen-action-form";
import { RatingForm } from "@/components/citizen/rating-form";
import { FeeList } from "@/components/fees/fee-list";
import { AccountBar } from "@/components/tracking/account-bar";
import { ClosureStatement } from "@/components/tracking/closure-statement";
import { ResultSection } from "@/components/tracking/result-section";
import { DossierTimeline } from "@/components/tracking/dossier-timeline";
import { StatusBadge } from "@/components/tracking/status-badge";
import { requireUser } from "@/lib/auth/current-user";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { noteItems } from "@/lib/documents/notice";
import { issuedNoticeLinks } from "@/lib/documents/notice-links";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientTexts } from "@/components/i18n/client-texts";
import { intlTag, localizeHref, type Locale } from "@/lib/i18n/locales";
import { channelName } from "@/lib/tracking/status-names";
import { uploadOutcomeKey } from "@/lib/storage/upload-outcome";
import { paymentCheckoutUrl } from "@/lib/payments/get-payment-provider";
import { listDossierFees } from "@/lib/payments/list-dossier-fees";
import { getOwnDossier } from "@/lib/tracking/get-own-dossier";
import { groupAccessByMinute } from "@/lib/tracking/group-access";
import { dossierCodeSchema, parseBoundary } from "@/lib/validation/boundary-schemas";
import { citizenOptions } from "@/lib/workflow/citizen-options";
import { isOpenStatus, isOverdue, STATUS } from "@/lib/workflow/statuses";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";
import { FileField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FactList } from "@/components/ui/fact-list";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tracking.detail"))("pageTitle"), robots: { index: false } };
}

function formatSize(bytes: number, locale: Locale): string {
  const megabytes = new Intl.NumberFormat(intlTag(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${megabytes.format(bytes / 1024 / 1024)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function fileDetails(file: { contentType: string; size: number }, locale: Locale): string {
  return `${file.contentType === "application/pdf" ? "PDF" : file.contentType === "image/png" ? "PNG" : "JPEG"}, ${formatSize(file.size, locale)}`;
}

export default async function DossierPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ "da-gui"?: string; "da-danh-gia"?: string; "tai-len"?: string }>;
}) {
  const feeText = await getTranslations("fees");
  await connection();
  const t = await getTranslations("tracking");
  const locale = await getLocale();
  const code = parseBoundary(dossierCodeSchema, (await params).code) ?? notFound();
  const query = await searchParams;
  const user = await requireUser(`/ho-so/${encodeURIComponent(code)}`);
  const dossier = await withDatabase(getOwnDossier, user.id, code);
  if (!dossier) notFound();
  const fees = await withDatabase(listDossierFees, dossier.id);
  // The fee to pay now: the waiting one (a dossier waits for one fee at a time) while the dossier waits for it.
  const options = citizenOptions(dossier);
  const payment = options.pay ? (fees.find((fee) => fee.status === "waiting") ?? null) : null;
  const checkoutUrl = payment
    ? paymentCheckoutUrl({ paymentId: payment.id, dossierCode: dossier.code, amount: payment.amount, description: dossier.serviceName })
    : null;
  const uploadOutcome = uploadOutcomeKey(query["tai-len"]);
  const uploadMessage = uploadOutcome ? (await getTranslations("uploads"))(`outcomes.${uploadOutcome}`) : null;
  const supplementFiles = dossier.files.filter((f) => f.purpose === "supplement");
  const adviceKey = `statusAdvice.${dossier.status}` as const;
  const advice = t.has(adviceKey as never) ? t(adviceKey as never) : null;
  // A closed dossier no longer runs: no appointment, no slip that promises one, nothing to do.
  const running = !dossier.closure;
  const missing =
    dossier.status === STATUS.SUPPLEMENT_REQUESTED
      ? noteItems(dossier.timeline.findLast((entry) => entry.action === "request-supplement")?.note ?? "")
      : [];
  const encoded = encodeURIComponent(dossier.code);
  const done = query["da-danh-gia"] ? t("detail.rated") : query["da-gui"] ? t("detail.actionSent") : null;
  // The citizen is told of a late result only (a late receipt is the unit's to chase).
  const overdue = isOpenStatus(dossier.status) && isOverdue(dossier, workflowNow());
  const issued = new Set(dossier.timeline.map((entry) => entry.action));
  const notices = issuedNoticeLinks(dossier.code, issued, {
    "request-supplement": t("detail.noticeLabels.request-supplement"),
    refuse: t("detail.noticeLabels.refuse"),
    "record-apology": t("detail.noticeLabels.record-apology"),
  }).map((notice) => ({ ...notice, href: localizeHref(notice.href, locale) }));
  const refusalNotice = dossier.closure?.kind === "refused" ? notices.find((notice) => notice.href.endsWith("/tu-choi")) : undefined;
  const facts: [string, string][] = [
    [t("detail.service"), dossier.serviceName],
    [t("detail.unit"), dossier.unitName],
    [t("detail.applicant"), dossier.applicantName],
    [t("detail.applicantId"), dossier.applicantIdNumber],
    [t("detail.channel"), channelName(dossier.channel, locale)],
    [t("detail.submittedAt"), formatVietnamDateTime(dossier.submittedAt)],
    ...(running
      ? ([
          [t("detail.receiptDeadline"), formatVietnamDateTime(dossier.receiptDeadline)],
          [t("detail.dueAt"), formatVietnamDateTime(dossier.dueAt)],
        ] as [string, string][])
      : []),
    ...(running && dossier.newAppointment ? [[t("detail.newAppointment"), formatVietnamDateTime(dossier.newAppointment)] as [string, string]] : []),
    ...(dossier.completedAt ? [[t("detail.completedAt"), formatVietnamDateTime(dossier.completedAt)] as [string, string]] : []),
  ];

  return (
    <>
      <AccountBar fullName={user.fullName} current="ho-so" />
      <p className="no-print">
        <Link href="/ho-so">← {t("detail.back")}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">
        {t("detail.titlePrefix")} <span className="font-mono">{dossier.code}</span>
      </h1>
      {done ? (
        <p role="status" className="mt-4 rounded border-l-4 border-green-700 bg-green-50 p-3">
          {done}
        </p>
      ) : null}
      <div className="mt-4 grid gap-6 lg:grid-cols-3">
        <div className="grid gap-6 lg:col-span-2">
          {dossier.closure ? (
            <ClosureStatement closure={dossier.closure} reason={dossier.closure.reason} refusalNoticeHref={refusalNotice?.href} />
          ) : null}
          {dossier.result ? (
            <ResultSection
              result={dossier.result}
              download={
                dossier.result.file
                  ? {
                      href: localizeHref(`/ho-so/${encoded}/tep/${dossier.result.file.id}`, locale),
                      fileName: dossier.result.file.fileName,
                      details: fileDetails(dossier.result.file, locale),
                      electronic: dossier.fullyOnline,
                    }
                  : null
              }
              collect={
                dossier.fullyOnline || !dossier.completedAt
                  ? null
                  : { unit: dossier.unitName, address: dossier.unitAddress, from: dossier.completedAt, collectedAt: dossier.handoverRecordedAt }
              }
            />
          ) : null}
          <Section id="status-heading" title={t("detail.status")} className={cardClass()} headingClassName="text-lg font-bold">
            <p className="mt-2">
              <StatusBadge status={dossier.status} />
            </p>
            {overdue ? <p className="mt-3 rounded border-l-4 border-accent-700 bg-white p-3 font-semibold">{t("detail.overdue")}</p> : null}
            {advice && running ? (
              <div className="mt-3 rounded border-l-4 border-brand-600 bg-brand-50 p-3">
                <p className="font-semibold">{t("detail.whatNow")}</p>
                <p>{advice}</p>
              </div>
            ) : null}
            <FactList facts={facts} className="mt-4 gap-x-4 gap-y-2" />
            {running ? (
              <p className="mt-4">
                <a href={localizeHref(`/ho-so/${encoded}/phieu-tiep-nhan`, locale)} className="font-semibold">
                  {t("detail.receiptSlip")}
                </a>
              </p>
            ) : null}
            {notices.filter((notice) => notice !== refusalNotice).length ? (
              <>
                <h3 className="mt-4 font-bold">{t("detail.notices")}</h3>
                <ul className="mt-1 list-disc pl-5">
                  {notices
                    .filter((notice) => notice !== refusalNotice)
                    .map((notice) => (
                      <li key={notice.href}>
                        <a href={notice.href} className="font-semibold">
                          {notice.label}
                        </a>
                      </li>
                    ))}
                </ul>
              </>
            ) : null}
          </Section>
          {options.actions.length > 0 || payment || options.rate ? (
            <Section id="actions-heading" title={t("detail.actions")} className={cardClass("grid gap-3")} headingClassName="text-lg font-bold">
              {uploadMessage ? (
                <p role="status" className="rounded bg-brand-50 p-3 font-semibold">
                  {uploadMessage}
                </p>
              ) : null}
              {payment ? (
                <p className="rounded border-l-4 border-yellow-500 bg-yellow-50 p-3">
                  {t.rich("detail.payment.waiting", { amount: feeText("vnd", { amount: payment.amount }), b: (chunks) => <strong>{chunks}</strong> })}{" "}
                  {checkoutUrl ? (
                    <a href={checkoutUrl} className="font-semibold">
                      {t("detail.payment.payOnline")}
                    </a>
                  ) : (
                    t("detail.payment.notConfigured")
                  )}
                </p>
              ) : null}
              {missing.length ? (
                <div className="rounded border-l-4 border-yellow-500 bg-yellow-50 p-3">
                  <h3 className="font-bold">{t("detail.supplementHeading")}</h3>
                  <p>{t("detail.supplementIntro")}</p>
                  <ul className="mt-1 list-disc pl-5">
                    {missing.map((item, index) => (
                      <li key={index} className="break-words">
                        {item}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {options.actions.includes("supplement") ? (
                <form
                  method="post"
                  action={localizeHref(`/ho-so/${encoded}/tai-len`, locale)}
                  encType="multipart/form-data"
                  className="rounded border border-slate-300 bg-white p-3"
                >
                  <FileField id="bo-sung-tep" label={t("detail.upload.label")} required />
                  <SubmitButton variant="secondary" className="mt-2">
                    {t("detail.upload.submit")}
                  </SubmitButton>
                  {supplementFiles.length ? (
                    <p className="mt-2 text-sm">{t("detail.upload.uploaded", { files: supplementFiles.map((f) => f.fileName).join(", ") })}</p>
                  ) : null}
                </form>
              ) : null}
              <ClientTexts namespaces={["tracking"]}>
                {options.actions.map((action) => (
                  <CitizenActionForm key={action} code={dossier.code} version={dossier.version} action={action} />
                ))}
                {options.rate ? <RatingForm code={dossier.code} /> : null}
              </ClientTexts>
            </Section>
          ) : null}
          {fees.length > 0 ? (
            <Section id="fees-heading" title={feeText("heading")} className={cardClass()} headingClassName="text-lg font-bold">
              <FeeList fees={fees} />
            </Section>
          ) : null}
          <Section id="documents-heading" title={t("detail.documents")} className={cardClass()} headingClassName="text-lg font-bold">
            <p className="mt-1 text-sm text-slate-700">{t("detail.documentsIntro")}</p>
            {dossier.files.length === 0 ? (
              <p className="mt-2">{t("detail.noDocuments")}</p>
            ) : (
              <ul className="mt-2 grid gap-2">
                {dossier.files.map((file) => (
                  <li key={file.id} className="flex flex-wrap items-baseline gap-x-2">
                    <a
                      href={localizeHref(`/ho-so/${encoded}/tep/${file.id}`, locale)}
                      download
                      aria-label={t("detail.download", { name: file.fileName })}
                      className="font-semibold break-all"
                    >
                      {file.fileName}
                    </a>
                    <span className="text-sm text-slate-700">({fileDetails(file, locale)})</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
        <Section id="timeline-heading" title={t("detail.timeline")} className={cardClass()} headingClassName="mb-3 text-lg font-bold">
          <DossierTimeline items={dossier.timeline} showDetails />
          <h2 id="access-heading" className="mt-6 mb-2 text-lg font-bold">
            {t("detail.access")}
          </h2>
          {dossier.access.length === 0 ? (
            <p>{t("detail.noAccess")}</p>
          ) : (
            <ul aria-labelledby="access-heading" className="grid gap-1 text-sm">
              {groupAccessByMinute(dossier.access).map((line, index) => (
                <li key={index}>
                  {line.when} · {line.unitName}
                  {t("detail.accessTimes", { count: line.count })}
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </>
  );
}
