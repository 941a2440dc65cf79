import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { FeeList } from "@/components/fees/fee-list";
import { issuedNoticeLinks } from "@/lib/documents/notice-links";
import { ActionForm } from "@/components/officer/action-form";
import { requireOfficer } from "@/lib/auth/require-officer";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { loadCalendar } from "@/lib/calendar/holiday-store";
import { ACTION_LABELS, officerMessages as m } from "@/lib/messages/officer";
import { FEE_ACTIONS } from "@/lib/officers/action-form-schema";
import { getOfficerDossier } from "@/lib/officers/get-officer-dossier";
import { mayOfficer } from "@/lib/workflow/permissions";
import { UPLOAD_OUTCOMES } from "@/lib/workflow/receive-dossier-upload";
import type { WorkflowAction } from "@/lib/workflow/status-machine";
import { statusName as nameOfStatus } from "@/lib/messages/tracking";
import { STATUS } from "@/lib/workflow/statuses";
import { feeMessages } from "@/lib/messages/fees";

export const metadata: Metadata = { title: "Xử lý hồ sơ", robots: { index: false } };

const FILE_PURPOSES: Record<string, string> = { "result-draft": "dự thảo kết quả", supplement: "hồ sơ bổ sung" };
const HISTORY_LABELS: Record<string, string> = { submit: "Nộp hồ sơ", "register-counter": "Tiếp nhận hồ sơ tại quầy" };
const statusName = (s: number | null) => (s !== null ? nameOfStatus(s) : "");

export default async function OfficerDossierPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { code: rawCode } = await params;
  const code = decodeURIComponent(rawCode);
  const query = await searchParams;
  const done = query["da-xu-ly"];
  const uploadOutcome = query["tai-len"];
  const uploadMessage = typeof uploadOutcome === "string" ? UPLOAD_OUTCOMES[uploadOutcome] : undefined;
  const officer = await requireOfficer(`/quan-tri/ho-so/${encodeURIComponent(code)}`);
  const db = await getDb();
  const view = await getOfficerDossier(db, code, officer, await loadCalendar(db));
  if (!view) notFound();
  const { dossier, content, clock } = view;
  const canUploadResult = dossier.status === STATUS.PROCESSING && (mayOfficer(officer.roles, "propose") || mayOfficer(officer.roles, "mark-processed"));
  const applicant = dossier.applicant;
  const formAnswers = content.formDefinition.map((f) => ({ label: f.label, value: dossier.formData[f.name] }));
  const doneLabel =
    done === "register-counter" ? "Tiếp nhận hồ sơ tại quầy" : typeof done === "string" && done in ACTION_LABELS ? ACTION_LABELS[done as WorkflowAction] : null;
  const issued = new Set(view.history.map((h) => h.action));
  // A fee's cancel and refund sit by the fee they concern, for the roles allowed them now.
  const feeAction = (status: string): WorkflowAction | null =>
    status === "waiting" && view.actions.includes("cancel-payment") ? "cancel-payment" : status === "paid" && view.actions.includes("refund-payment") ? "refund-payment" : null;
  const dossierActions = view.actions.filter((a) => !FEE_ACTIONS.includes(a));
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
        {doneLabel ? (
          <p role="status" className="mt-3 rounded bg-green-50 p-3 font-semibold text-green-900 ring-1 ring-green-200">
            {m.done} {doneLabel}.
          </p>
        ) : null}
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="nguoi-nop" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
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

          <section aria-labelledby="to-khai" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <h2 id="to-khai" className="text-lg font-semibold">
              {m.dossier.form}
            </h2>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
              {formAnswers.map((a) => (
                <div key={a.label} className="contents">
                  <dt className="text-slate-600">{a.label}</dt>
                  <dd>{a.value === undefined || a.value === "" ? "—" : String(a.value)}</dd>
                </div>
              ))}
            </dl>
          </section>

          <section aria-labelledby="giay-to" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <h2 id="giay-to" className="text-lg font-semibold">
              {m.dossier.documents}
            </h2>
            {view.documents.length === 0 ? (
              <p className="mt-2">{m.dossier.noDocuments}</p>
            ) : (
              <ul className="mt-2 list-disc pl-5">
                {view.documents.map((f) => (
                  <li key={f.id}>
                    {f.documentIndex !== null ? `${content.documents[f.documentIndex]?.name ?? "Giấy tờ"}: ` : ""}
                    <a href={`/quan-tri/ho-so/${encodeURIComponent(dossier.code)}/tep/${f.id}`} className="underline">
                      {f.fileName}
                    </a> ({Math.ceil(f.size / 1024).toLocaleString("vi-VN")} KB)
                    {f.purpose !== "document" ? <span className="ml-1 text-sm text-slate-700">— {FILE_PURPOSES[f.purpose] ?? f.purpose}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>

          {view.fees.length > 0 ? (
            <section aria-labelledby="phi-le-phi" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
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

          <section aria-labelledby="qua-trinh" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <h2 id="qua-trinh" className="text-lg font-semibold">
              {m.dossier.history}
            </h2>
            <ol className="mt-2 space-y-3 border-l-2 border-brand-100 pl-4">
              {view.history.map((h) => (
                <li key={h.id}>
                  <p className="font-semibold">
                    {ACTION_LABELS[h.action as WorkflowAction] ?? HISTORY_LABELS[h.action] ?? h.action}
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
          <section aria-labelledby="thoi-han" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
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

          <section aria-labelledby="phieu" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
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
              <p role="status" className="rounded bg-white p-3 font-semibold ring-1 ring-slate-200">
                {uploadMessage}
              </p>
            ) : null}
            {canUploadResult ? (
              <form method="post" action={`/quan-tri/ho-so/${encodeURIComponent(dossier.code)}/tai-len`} encType="multipart/form-data" className="rounded border border-slate-300 bg-white p-3">
                <label htmlFor="ket-qua-tep" className="font-semibold">
                  Tải lên dự thảo kết quả (PDF, JPEG, PNG)
                </label>
                <input id="ket-qua-tep" name="file" type="file" accept="application/pdf,image/jpeg,image/png" required className="mt-2 block w-full" />
                <button className="mt-2 rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800">Tải lên</button>
              </form>
            ) : null}
            {dossierActions.length === 0 ? <p>{m.dossier.noActions}</p> : null}
            {dossierActions.map((action) => (
              <ActionForm
                key={action}
                action={action}
                dossierId={dossier.id}
                code={dossier.code}
                version={dossier.version}
                specialists={view.specialists}
                fullyOnline={content.mode === "toan-trinh"}
              />
            ))}
          </section>
        </div>
      </div>
    </div>
  );
}
