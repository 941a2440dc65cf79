import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { FeeList } from "@/components/fees/fee-list";
import { issuedNoticeLinks } from "@/lib/documents/notice-links";
import { ActionForm } from "@/components/officer/action-form";
import { requireOfficer } from "@/lib/auth/require-officer";
import { formatVietnamDate, formatVietnamDateTime, vietnamIsoDate } from "@/lib/calendar/format";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { displayFormValue } from "@/lib/forms/build-form-schema";
import { historyTitle } from "@/lib/officers/history-line";
import { planDossierActions, type ActionTone, type FormAction } from "@/lib/officers/plan-dossier-actions";
import { loadCalendar } from "@/lib/calendar/holiday-store";
import { actionFormTexts } from "@/components/officer/action-form-texts";
import { localizeHref, type Locale } from "@/lib/i18n/locales";
import { getLocale, getTranslations } from "next-intl/server";
import { FEE_ACTIONS } from "@/lib/officers/action-form-schema";
import { getOfficerDossier } from "@/lib/officers/get-officer-dossier";
import { dossierCodeSchema, parseBoundary } from "@/lib/validation/boundary-schemas";
import { mayOfficer } from "@/lib/workflow/permissions";
import type { WorkflowAction } from "@/lib/workflow/status-machine";
import type { NoticeAction } from "@/lib/documents/notice-links";
import { statusName as nameOfStatus } from "@/lib/tracking/status-names";
import { STATUS } from "@/lib/workflow/statuses";
import { uploadOutcomeKey } from "@/lib/storage/upload-outcome";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";
import { FileField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Section } from "@/components/ui/section";

const panelHeadingClass = "text-lg font-semibold";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("officer"))("dossier.title"), robots: { index: false } };
}

const NOTICE_ACTIONS: readonly NoticeAction[] = ["request-supplement", "refuse", "record-apology"];
// Officers work in Vietnamese (docs/i18n.md).
const statusName = (s: number | null) => (s !== null ? nameOfStatus(s, "vi") : "");

export default async function OfficerDossierPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const feeText = await getTranslations("fees");
  const code = parseBoundary(dossierCodeSchema, (await params).code) ?? notFound();
  const query = await searchParams;
  const done = query["da-xu-ly"];
  const t = await getTranslations("officer");
  const locale = (await getLocale()) as Locale;
  const hours = (h: number) => t("dossier.hours", { hours: String(Math.round(h * 10) / 10) });
  const kilobytes = (size: number) => t("dossier.size", { kb: Math.ceil(size / 1024) });
  const uploadOutcome = uploadOutcomeKey(query["tai-len"]);
  const uploadMessage = uploadOutcome ? (await getTranslations("uploads"))(`outcomes.${uploadOutcome}`) : null;
  const officer = await requireOfficer(`/quan-tri/ho-so/${encodeURIComponent(code)}`);
  const view = await withDatabase(getOfficerDossier, code, officer, await withDatabase(loadCalendar));
  if (!view) notFound();
  const { dossier, content, clock } = view;
  const canUploadResult =
    dossier.status === STATUS.PROCESSING && (mayOfficer(officer.roles, "propose") || mayOfficer(officer.roles, "mark-processed"));
  const applicant = dossier.applicant;
  const formAnswers = content.formDefinition.map((f) => ({ label: f.label, value: displayFormValue(f, dossier.formData[f.name]) }));
  // Only a step's own name: "?da-xu-ly=" is typed in the address bar too.
  const doneLabel = typeof done === "string" && /^[a-z-]+$/.test(done) && t.has(`actions.${done}` as never) ? t(`actions.${done}` as never) : null;
  // The result file is a draft until the leader signs it off with a number ("Hoàn thành xử lý"); then it
  // is the issued result, shown apart from the applicant's documents with its number and signer.
  const issuedResult = dossier.resultFileId && dossier.resultNumber ? view.documents.find((f) => f.id === dossier.resultFileId) : undefined;
  const documents = view.documents.filter((f) => f !== issuedResult);
  const draftLabel = dossier.processingStage === "approved" ? t("dossier.approvedDraftLabel") : t("dossier.draftLabel");
  const resultDefaults = { signer: officer.fullName, signedOn: vietnamIsoDate(workflowNow()) };
  const issued = new Set(view.history.map((h) => h.action));
  // A fee's cancel and refund sit by the fee they concern, for the roles allowed them now.
  const feeAction = (status: string): WorkflowAction | null =>
    status === "waiting" && view.actions.includes("cancel-payment")
      ? "cancel-payment"
      : status === "paid" && view.actions.includes("refund-payment")
        ? "refund-payment"
        : null;
  const dossierActions = view.actions.filter((a) => !FEE_ACTIONS.includes(a));
  const planned = planDossierActions({
    actions: dossierActions,
    roles: officer.roles,
    hasSpecialists: view.specialists.length > 0,
    uploadIsNext: view.uploadIsNext,
  });
  const uploadForm = canUploadResult ? (
    <form
      method="post"
      action={localizeHref(`/quan-tri/ho-so/${encodeURIComponent(dossier.code)}/tai-len`, locale)}
      encType="multipart/form-data"
      className={`rounded bg-white p-3 ${view.uploadIsNext ? "border-2 border-brand-700" : "border border-slate-300"}`}
    >
      {/* Before the file: the upload route reads the fields that come first. */}
      <input type="hidden" name="version" value={dossier.version} />
      <FileField id="ket-qua-tep" label={t("dossier.uploadDraft")} required />
      <div className="mt-2 flex flex-wrap gap-2">
        {view.mayProposeWithUpload ? (
          <SubmitButton name="trinh" value="1" variant={view.uploadIsNext ? "primary" : "secondary"}>
            {t("dossier.uploadAndPropose")}
          </SubmitButton>
        ) : null}
        <SubmitButton variant="secondary">{t("dossier.upload")}</SubmitButton>
      </div>
    </form>
  ) : null;
  // Each form's words, translated here: the forms are client components (docs/i18n.md).
  const formActions: FormAction[] = [...planned.map((p) => p.action), ...FEE_ACTIONS];
  const texts = Object.fromEntries(await Promise.all(formActions.map(async (action) => [action, await actionFormTexts(action)] as const)));
  const actionForm = (action: FormAction, tone: ActionTone) => (
    <ActionForm
      key={action}
      action={action}
      tone={tone}
      dossierId={dossier.id}
      code={dossier.code}
      version={dossier.version}
      specialists={view.specialists}
      defaultAssigneeId={view.defaultAssigneeId}
      resultDefaults={resultDefaults}
      fullyOnline={content.mode === "toan-trinh"}
      texts={texts[action]!}
    />
  );
  const papers = [
    { href: `/ho-so/${encodeURIComponent(dossier.code)}/phieu-tiep-nhan`, label: t("dossier.receiptSlip") },
    ...issuedNoticeLinks(
      dossier.code,
      issued,
      Object.fromEntries(NOTICE_ACTIONS.map((a) => [a, t(`dossier.noticeLabels.${a}`)])) as Record<NoticeAction, string>,
    ),
  ];

  return (
    <div className="space-y-6">
      <p>
        <Link href="/quan-tri">← {t("dossier.back")}</Link>
      </p>
      <header>
        <h1 className="text-2xl font-bold text-brand-900">
          {t.rich("dossier.heading", { code: dossier.code, mono: (chunks) => <span className="font-mono">{chunks}</span> })}
        </h1>
        <p className="mt-1 text-lg">
          {statusName(dossier.status)} · {dossier.serviceName}{" "}
          <span className="text-slate-600">
            ({dossier.serviceCode}, {t("dossier.version", { version: dossier.serviceVersion })})
          </span>
        </p>
        {/* Officers work in Vietnamese; what goes to this applicant goes in English too (docs/i18n.md). */}
        {dossier.locale === "en" ? (
          <p className="mt-2">
            <span className="badge badge-level">{t("dossier.filedInEnglish")}</span>{" "}
            <span className="text-sm text-slate-700">{t("dossier.filedInEnglishHint")}</span>
          </p>
        ) : null}
        {planned.length > 0 || canUploadResult ? (
          <p className="mt-2 lg:hidden">
            <a href="#xu-ly" className="font-semibold underline">
              {t("dossier.toActions")}
            </a>
          </p>
        ) : null}
        {doneLabel ? (
          <p role="status" className="mt-3 rounded bg-green-50 p-3 font-semibold text-green-900 ring-1 ring-green-200">
            {t("done")} {doneLabel}.
          </p>
        ) : null}
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section id="nguoi-nop" title={t("dossier.applicant")} className={cardClass()} headingClassName={panelHeadingClass}>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
              <dt className="text-slate-600">{t("dossier.applicantFields.name")}</dt>
              <dd>{applicant.fullName}</dd>
              <dt className="text-slate-600">{t("dossier.applicantFields.idNumber")}</dt>
              <dd>{applicant.idNumber}</dd>
              <dt className="text-slate-600">{t("dossier.applicantFields.phone")}</dt>
              <dd>{applicant.phone || "—"}</dd>
              <dt className="text-slate-600">{t("dossier.applicantFields.email")}</dt>
              <dd>{applicant.email || "—"}</dd>
              <dt className="text-slate-600">{t("dossier.applicantFields.address")}</dt>
              <dd>{applicant.address || "—"}</dd>
              {applicant.onBehalfOf ? (
                <>
                  <dt className="text-slate-600">{t("dossier.onBehalf")}</dt>
                  <dd>
                    {applicant.onBehalfOf.fullName} ({applicant.onBehalfOf.idNumber}), {applicant.onBehalfOf.relationship}
                  </dd>
                </>
              ) : null}
            </dl>
          </Section>

          <Section id="to-khai" title={t("dossier.form")} className={cardClass()} headingClassName={panelHeadingClass}>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
              {formAnswers.map((a) => (
                <div key={a.label} className="contents">
                  <dt className="text-slate-600">{a.label}</dt>
                  <dd>{a.value === "" ? "—" : a.value}</dd>
                </div>
              ))}
            </dl>
          </Section>

          {issuedResult ? (
            <Section
              id="ket-qua"
              title={t("dossier.result")}
              className="rounded-lg bg-white p-4 ring-2 ring-green-700"
              headingClassName={panelHeadingClass}
            >
              <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
                <dt className="text-slate-600">{t("dossier.resultNumber")}</dt>
                <dd>{dossier.resultNumber}</dd>
                <dt className="text-slate-600">{t("dossier.resultSigner")}</dt>
                <dd>{dossier.resultSigner}</dd>
                <dt className="text-slate-600">{t("dossier.resultSignedOn")}</dt>
                <dd>{dossier.resultSignedOn ? formatVietnamDate(dossier.resultSignedOn) : "—"}</dd>
                <dt className="text-slate-600">{t("dossier.resultFile")}</dt>
                <dd>
                  <a href={localizeHref(`/quan-tri/ho-so/${encodeURIComponent(dossier.code)}/tep/${issuedResult.id}`, locale)} className="underline">
                    {issuedResult.fileName}
                  </a>{" "}
                  ({kilobytes(issuedResult.size)})
                </dd>
              </dl>
            </Section>
          ) : null}

          <Section id="giay-to" title={t("dossier.documents")} className={cardClass()} headingClassName={panelHeadingClass}>
            {documents.length === 0 ? (
              <p className="mt-2">{t("dossier.noDocuments")}</p>
            ) : (
              <ul className="mt-2 list-disc pl-5">
                {documents.map((f) => (
                  <li key={f.id}>
                    {f.documentIndex !== null ? `${content.documents[f.documentIndex]?.name ?? t("dossier.documentFallback")}: ` : ""}
                    <a href={localizeHref(`/quan-tri/ho-so/${encodeURIComponent(dossier.code)}/tep/${f.id}`, locale)} className="underline">
                      {f.fileName}
                    </a>{" "}
                    ({kilobytes(f.size)})
                    {f.purpose !== "document" ? (
                      <span className="ml-1 text-sm text-slate-700">
                        — {f.purpose === "result-draft" ? draftLabel : f.purpose === "supplement" ? t("dossier.supplementFiles") : f.purpose}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Section>

          {view.fees.length > 0 ? (
            <Section id="phi-le-phi" title={feeText("heading")} className={cardClass()} headingClassName={panelHeadingClass}>
              <FeeList
                fees={view.fees}
                actions={(fee) => {
                  const action = feeAction(fee.status);
                  return action ? (
                    <div className="mt-3">
                      <ActionForm
                        action={action}
                        dossierId={dossier.id}
                        code={dossier.code}
                        version={dossier.version}
                        specialists={[]}
                        fullyOnline
                        paymentId={fee.id}
                        texts={texts[action]!}
                      />
                    </div>
                  ) : null;
                }}
              />
            </Section>
          ) : null}

          <Section id="qua-trinh" title={t("dossier.history")} className={cardClass()} headingClassName={panelHeadingClass}>
            <ol className="mt-2 space-y-3 border-l-2 border-brand-100 pl-4">
              {view.history.map((h) => (
                <li key={h.id}>
                  <p className="font-semibold">
                    {historyTitle(h, view.officerNames, locale)}
                    {h.toStatus !== h.fromStatus && h.toStatus !== null ? ` → ${statusName(h.toStatus)}` : ""}
                  </p>
                  <p className="text-sm text-slate-700">
                    {formatVietnamDateTime(h.at)} · {h.actorName || h.actorKind}
                  </p>
                  {h.note ? <p className="text-sm whitespace-pre-line">{h.note}</p> : null}
                </li>
              ))}
            </ol>
          </Section>
        </div>

        <div className="space-y-6">
          <Section id="thoi-han" title={t("dossier.clock")} className={cardClass()} headingClassName={panelHeadingClass}>
            <dl className="mt-2 space-y-1">
              {dossier.status === STATUS.NEW ? (
                <div>
                  <dt className="inline text-slate-600">{t("dossier.receiptDeadline")}: </dt>
                  <dd className="inline">{formatVietnamDateTime(dossier.receiptDeadline)}</dd>
                </div>
              ) : null}
              <div>
                <dt className="inline text-slate-600">{t("dossier.dueAt")}: </dt>
                <dd className="inline">{formatVietnamDateTime(clock.dueAt)}</dd>
              </div>
              {clock.appointmentAt.getTime() !== clock.dueAt.getTime() ? (
                <div>
                  <dt className="inline text-slate-600">{t("dossier.newAppointment")}: </dt>
                  <dd className="inline">{formatVietnamDateTime(clock.appointmentAt)}</dd>
                </div>
              ) : null}
              <div>
                <dt className="inline text-slate-600">{t("dossier.used")}: </dt>
                <dd className="inline">{hours(clock.usedHours)}</dd>
              </div>
              {clock.leftHours !== null ? (
                <div>
                  <dt className="inline text-slate-600">{clock.leftHours >= 0 ? t("dossier.left") : t("dossier.late")}: </dt>
                  <dd className={`inline ${clock.leftHours < 0 ? "font-semibold text-accent-700" : ""}`}>{hours(Math.abs(clock.leftHours))}</dd>
                </div>
              ) : null}
              <div>
                <dt className="inline text-slate-600">{t("dossier.paused")}: </dt>
                <dd className="inline">{hours(clock.pausedHours)}</dd>
              </div>
              {clock.pausedSince ? (
                <div>
                  <dt className="inline text-slate-600">{t("dossier.pausedSince")}: </dt>
                  <dd className="inline">{formatVietnamDateTime(clock.pausedSince)}</dd>
                </div>
              ) : null}
            </dl>
          </Section>

          <Section id="phieu" title={t("dossier.papers")} className={cardClass()} headingClassName={panelHeadingClass}>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {papers.map((p) => (
                <li key={p.href}>
                  <a href={localizeHref(p.href, locale)} className="underline">
                    {p.label}
                  </a>
                </li>
              ))}
            </ul>
          </Section>

          <Section id="xu-ly" title={t("dossier.actions")} className="space-y-3" headingClassName={panelHeadingClass}>
            {uploadMessage ? (
              <p role="status" className={cardClass("font-semibold", "compact")}>
                {uploadMessage}
              </p>
            ) : null}
            {view.uploadIsNext ? uploadForm : null}
            {planned.length === 0 ? <p>{t("dossier.noActions")}</p> : null}
            {planned.filter((p) => p.tone !== "negative").map(({ action, tone }) => actionForm(action, tone))}
            {view.uploadIsNext ? null : uploadForm}
            {planned.filter((p) => p.tone === "negative").map(({ action, tone }) => actionForm(action, tone))}
          </Section>
        </div>
      </div>
    </div>
  );
}
