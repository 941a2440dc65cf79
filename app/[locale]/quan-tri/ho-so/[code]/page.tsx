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
import { isCombinedAction, planDossierActions, type ActionTone, type FormAction } from "@/lib/officers/plan-dossier-actions";
import { loadCalendar } from "@/lib/calendar/holiday-store";
import { ACTION_LABELS, formActionLabel, officerMessages as m } from "@/lib/messages/officer";
import { FEE_ACTIONS } from "@/lib/officers/action-form-schema";
import { getOfficerDossier } from "@/lib/officers/get-officer-dossier";
import { dossierCodeSchema, ownEntry, parseBoundary } from "@/lib/validation/boundary-schemas";
import { mayOfficer } from "@/lib/workflow/permissions";
import type { WorkflowAction } from "@/lib/workflow/status-machine";
import { statusName as nameOfStatus } from "@/lib/messages/tracking";
import { STATUS } from "@/lib/workflow/statuses";
import { feeMessages } from "@/lib/messages/fees";
import { uploadMessages } from "@/lib/messages/uploads";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";
import { controlProps, Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "Xử lý hồ sơ", robots: { index: false } };

const FILE_PURPOSES: Record<string, string> = { "result-draft": m.dossier.draftLabel, supplement: "hồ sơ bổ sung" };
const statusName = (s: number | null) => (s !== null ? nameOfStatus(s) : "");

export default async function OfficerDossierPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const code = parseBoundary(dossierCodeSchema, (await params).code) ?? notFound();
  const query = await searchParams;
  const done = query["da-xu-ly"];
  const uploadMessage = ownEntry(uploadMessages.outcomes, query["tai-len"]);
  const officer = await requireOfficer(`/quan-tri/ho-so/${encodeURIComponent(code)}`);
  const view = await withDatabase(getOfficerDossier, code, officer, await withDatabase(loadCalendar));
  if (!view) notFound();
  const { dossier, content, clock } = view;
  const canUploadResult = dossier.status === STATUS.PROCESSING && (mayOfficer(officer.roles, "propose") || mayOfficer(officer.roles, "mark-processed"));
  const applicant = dossier.applicant;
  const formAnswers = content.formDefinition.map((f) => ({ label: f.label, value: displayFormValue(f, dossier.formData[f.name]) }));
  const doneLabel =
    done === "register-counter"
      ? "Tiếp nhận hồ sơ tại quầy"
      : typeof done === "string" && (ownEntry(ACTION_LABELS, done) !== undefined || isCombinedAction(done))
        ? formActionLabel(done as WorkflowAction)
        : null;
  // The result file is a draft until the leader signs it off with a number ("Hoàn thành xử lý"); then it
  // is the issued result, shown apart from the applicant's documents with its number and signer.
  const issuedResult = dossier.resultFileId && dossier.resultNumber ? view.documents.find((f) => f.id === dossier.resultFileId) : undefined;
  const documents = view.documents.filter((f) => f !== issuedResult);
  const draftLabel = dossier.processingStage === "approved" ? m.dossier.approvedDraftLabel : m.dossier.draftLabel;
  const resultDefaults = { signer: officer.fullName, signedOn: vietnamIsoDate(workflowNow()) };
  const issued = new Set(view.history.map((h) => h.action));
  // A fee's cancel and refund sit by the fee they concern, for the roles allowed them now.
  const feeAction = (status: string): WorkflowAction | null =>
    status === "waiting" && view.actions.includes("cancel-payment") ? "cancel-payment" : status === "paid" && view.actions.includes("refund-payment") ? "refund-payment" : null;
  const dossierActions = view.actions.filter((a) => !FEE_ACTIONS.includes(a));
  const planned = planDossierActions({ actions: dossierActions, roles: officer.roles, hasSpecialists: view.specialists.length > 0, uploadIsNext: view.uploadIsNext });
  const uploadForm = canUploadResult ? (
    <form
      method="post"
      action={`/quan-tri/ho-so/${encodeURIComponent(dossier.code)}/tai-len`}
      encType="multipart/form-data"
      className={`rounded bg-white p-3 ${view.uploadIsNext ? "border-2 border-brand-700" : "border border-slate-300"}`}
    >
      {/* Before the file: the upload route reads the fields that come first. */}
      <input type="hidden" name="version" value={dossier.version} />
      <Field id="ket-qua-tep" label={m.dossier.uploadDraft} required>
        <input name="file" type="file" accept="application/pdf,image/jpeg,image/png" className="mt-2 block w-full" {...controlProps({ id: "ket-qua-tep", required: true })} />
      </Field>
      <div className="mt-2 flex flex-wrap gap-2">
        {view.mayProposeWithUpload ? (
          <SubmitButton name="trinh" value="1" variant={view.uploadIsNext ? "primary" : "secondary"}>
            {m.dossier.uploadAndPropose}
          </SubmitButton>
        ) : null}
        <SubmitButton variant="secondary">{m.dossier.upload}</SubmitButton>
      </div>
    </form>
  ) : null;
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
    />
  );
  const papers = [
    { href: `/ho-so/${encodeURIComponent(dossier.code)}/phieu-tiep-nhan`, label: m.dossier.receiptSlip },
    ...issuedNoticeLinks(dossier.code, issued, m.dossier.noticeLabels),
  ];

  return (
    <div className="space-y-6">
      <p>
        <Link href="/quan-tri">← {m.dossier.back}</Link>
      </p>
      <header>
        <h1 className="text-2xl font-bold text-brand-900">
          Hồ sơ <span className="font-mono">{dossier.code}</span>
        </h1>
        <p className="mt-1 text-lg">
          {statusName(dossier.status)} · {dossier.serviceName}{" "}
          <span className="text-slate-600">
            ({dossier.serviceCode}, {m.dossier.version(dossier.serviceVersion)})
          </span>
        </p>
        {planned.length > 0 || canUploadResult ? (
          <p className="mt-2 lg:hidden">
            <a href="#xu-ly" className="font-semibold underline">
              {m.dossier.toActions}
            </a>
          </p>
        ) : null}
        {doneLabel ? (
          <p role="status" className="mt-3 rounded bg-green-50 p-3 font-semibold text-green-900 ring-1 ring-green-200">
            {m.done} {doneLabel}.
          </p>
        ) : null}
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="nguoi-nop" className={cardClass()}>
            <h2 id="nguoi-nop" className="text-lg font-semibold">
              {m.dossier.applicant}
            </h2>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
              <dt className="text-slate-600">Họ tên</dt>
              <dd>{applicant.fullName}</dd>
              <dt className="text-slate-600">Số định danh</dt>
              <dd>{applicant.idNumber}</dd>
              <dt className="text-slate-600">Điện thoại</dt>
              <dd>{applicant.phone || "—"}</dd>
              <dt className="text-slate-600">Thư điện tử</dt>
              <dd>{applicant.email || "—"}</dd>
              <dt className="text-slate-600">Địa chỉ</dt>
              <dd>{applicant.address || "—"}</dd>
              {applicant.onBehalfOf ? (
                <>
                  <dt className="text-slate-600">{m.dossier.onBehalf}</dt>
                  <dd>
                    {applicant.onBehalfOf.fullName} ({applicant.onBehalfOf.idNumber}), {applicant.onBehalfOf.relationship}
                  </dd>
                </>
              ) : null}
            </dl>
          </section>

          <section aria-labelledby="to-khai" className={cardClass()}>
            <h2 id="to-khai" className="text-lg font-semibold">
              {m.dossier.form}
            </h2>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
              {formAnswers.map((a) => (
                <div key={a.label} className="contents">
                  <dt className="text-slate-600">{a.label}</dt>
                  <dd>{a.value === "" ? "—" : a.value}</dd>
                </div>
              ))}
            </dl>
          </section>

          {issuedResult ? (
            <section aria-labelledby="ket-qua" className="rounded-lg bg-white p-4 ring-2 ring-green-700">
              <h2 id="ket-qua" className="text-lg font-semibold">
                {m.dossier.result}
              </h2>
              <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
                <dt className="text-slate-600">{m.dossier.resultNumber}</dt>
                <dd>{dossier.resultNumber}</dd>
                <dt className="text-slate-600">{m.dossier.resultSigner}</dt>
                <dd>{dossier.resultSigner}</dd>
                <dt className="text-slate-600">{m.dossier.resultSignedOn}</dt>
                <dd>{dossier.resultSignedOn ? formatVietnamDate(dossier.resultSignedOn) : "—"}</dd>
                <dt className="text-slate-600">{m.dossier.resultFile}</dt>
                <dd>
                  <a href={`/quan-tri/ho-so/${encodeURIComponent(dossier.code)}/tep/${issuedResult.id}`} className="underline">
                    {issuedResult.fileName}
                  </a>{" "}
                  ({Math.ceil(issuedResult.size / 1024).toLocaleString("vi-VN")} KB)
                </dd>
              </dl>
            </section>
          ) : null}

          <section aria-labelledby="giay-to" className={cardClass()}>
            <h2 id="giay-to" className="text-lg font-semibold">
              {m.dossier.documents}
            </h2>
            {documents.length === 0 ? (
              <p className="mt-2">{m.dossier.noDocuments}</p>
            ) : (
              <ul className="mt-2 list-disc pl-5">
                {documents.map((f) => (
                  <li key={f.id}>
                    {f.documentIndex !== null ? `${content.documents[f.documentIndex]?.name ?? "Giấy tờ"}: ` : ""}
                    <a href={`/quan-tri/ho-so/${encodeURIComponent(dossier.code)}/tep/${f.id}`} className="underline">
                      {f.fileName}
                    </a> ({Math.ceil(f.size / 1024).toLocaleString("vi-VN")} KB)
                    {f.purpose !== "document" ? (
                      <span className="ml-1 text-sm text-slate-700">— {f.purpose === "result-draft" ? draftLabel : (FILE_PURPOSES[f.purpose] ?? f.purpose)}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>

          {view.fees.length > 0 ? (
            <section aria-labelledby="phi-le-phi" className={cardClass()}>
              <h2 id="phi-le-phi" className="text-lg font-semibold">
                {feeMessages.heading}
              </h2>
              <FeeList
                fees={view.fees}
                actions={(fee) => {
                  const action = feeAction(fee.status);
                  return action ? (
                    <div className="mt-3">
                      <ActionForm action={action} dossierId={dossier.id} code={dossier.code} version={dossier.version} specialists={[]} fullyOnline paymentId={fee.id} />
                    </div>
                  ) : null;
                }}
              />
            </section>
          ) : null}

          <section aria-labelledby="qua-trinh" className={cardClass()}>
            <h2 id="qua-trinh" className="text-lg font-semibold">
              {m.dossier.history}
            </h2>
            <ol className="mt-2 space-y-3 border-l-2 border-brand-100 pl-4">
              {view.history.map((h) => (
                <li key={h.id}>
                  <p className="font-semibold">
                    {historyTitle(h, view.officerNames)}
                    {h.toStatus !== h.fromStatus && h.toStatus !== null ? ` → ${statusName(h.toStatus)}` : ""}
                  </p>
                  <p className="text-sm text-slate-700">
                    {formatVietnamDateTime(h.at)} · {h.actorName || h.actorKind}
                  </p>
                  {h.note ? <p className="whitespace-pre-line text-sm">{h.note}</p> : null}
                </li>
              ))}
            </ol>
          </section>
        </div>

        <div className="space-y-6">
          <section aria-labelledby="thoi-han" className={cardClass()}>
            <h2 id="thoi-han" className="text-lg font-semibold">
              {m.dossier.clock}
            </h2>
            <dl className="mt-2 space-y-1">
              {dossier.status === STATUS.NEW ? (
                <div>
                  <dt className="inline text-slate-600">{m.dossier.receiptDeadline}: </dt>
                  <dd className="inline">{formatVietnamDateTime(dossier.receiptDeadline)}</dd>
                </div>
              ) : null}
              <div>
                <dt className="inline text-slate-600">{m.dossier.dueAt}: </dt>
                <dd className="inline">{formatVietnamDateTime(clock.dueAt)}</dd>
              </div>
              {clock.appointmentAt.getTime() !== clock.dueAt.getTime() ? (
                <div>
                  <dt className="inline text-slate-600">{m.dossier.newAppointment}: </dt>
                  <dd className="inline">{formatVietnamDateTime(clock.appointmentAt)}</dd>
                </div>
              ) : null}
              <div>
                <dt className="inline text-slate-600">{m.dossier.used}: </dt>
                <dd className="inline">{m.dossier.hours(clock.usedHours)}</dd>
              </div>
              {clock.leftHours !== null ? (
                <div>
                  <dt className="inline text-slate-600">{clock.leftHours >= 0 ? m.dossier.left : m.dossier.late}: </dt>
                  <dd className={`inline ${clock.leftHours < 0 ? "font-semibold text-accent-700" : ""}`}>{m.dossier.hours(Math.abs(clock.leftHours))}</dd>
                </div>
              ) : null}
              <div>
                <dt className="inline text-slate-600">{m.dossier.paused}: </dt>
                <dd className="inline">{m.dossier.hours(clock.pausedHours)}</dd>
              </div>
              {clock.pausedSince ? (
                <div>
                  <dt className="inline text-slate-600">{m.dossier.pausedSince}: </dt>
                  <dd className="inline">{formatVietnamDateTime(clock.pausedSince)}</dd>
                </div>
              ) : null}
            </dl>
          </section>

          <section aria-labelledby="phieu" className={cardClass()}>
            <h2 id="phieu" className="text-lg font-semibold">
              Phiếu, biểu mẫu (PDF)
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {papers.map((p) => (
                <li key={p.href}>
                  <a href={p.href} className="underline">
                    {p.label}
                  </a>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="xu-ly" className="space-y-3">
            <h2 id="xu-ly" className="text-lg font-semibold">
              {m.dossier.actions}
            </h2>
            {uploadMessage ? (
              <p role="status" className={cardClass("font-semibold", "compact")}>
                {uploadMessage}
              </p>
            ) : null}
            {view.uploadIsNext ? uploadForm : null}
            {planned.length === 0 ? <p>{m.dossier.noActions}</p> : null}
            {planned.filter((p) => p.tone !== "negative").map(({ action, tone }) => actionForm(action, tone))}
            {view.uploadIsNext ? null : uploadForm}
            {planned.filter((p) => p.tone === "negative").map(({ action, tone }) => actionForm(action, tone))}
          </section>
        </div>
      </div>
    </div>
  );
}
