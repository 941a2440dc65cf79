import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { ApplicantStep } from "@/components/wizard/applicant-step";
import { DocumentsStep, type UploadOutcome } from "@/components/wizard/documents-step";
import { FormStep } from "@/components/wizard/form-step";
import { ReviewStep } from "@/components/wizard/review-step";
import { WizardSteps } from "@/components/wizard/wizard-steps";
import { requireUser } from "@/lib/auth/current-user";
import { stepFromApplicant } from "@/lib/dossiers/applicant-schema";
import { getOwnDraft, listDraftFiles, listOwnDraftsOfService } from "@/lib/dossiers/get-own-draft";
import { formatVietnamDateTime } from "@/lib/calendar";
import { filingRefusal, filingRefusalKey } from "@/lib/dossiers/filing-rights";
import { fieldMessageText } from "@/lib/forms/field-message";
import { getSubmissionService } from "@/lib/dossiers/get-submission-service";
import { listReceivingUnits } from "@/lib/dossiers/receiving-units";
import { findSubmittedDossier } from "@/lib/dossiers/submitted-dossier";
import { confirmationUrl, draftLeftBySwitch, wizardUrl } from "@/lib/dossiers/wizard-url";
import { uploadMaxBytes } from "@/lib/storage/get-storage";
import { ownEntry, parseBoundary, serviceCodeSchema, uuidSchema } from "@/lib/validation/boundary-schemas";
import { startDraft } from "@/lib/dossiers/actions/start-draft";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("submission");
  return { title: t("pageTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

type Translate = Awaited<ReturnType<typeof getTranslations<"submission">>>;

type Search = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** The upload outcomes of the `?ket-qua=` value (a form post without JavaScript) and their messages. */
const UPLOAD_ERRORS = {
  too_large: "tooLarge",
  bad_type: "badType",
  empty: "empty",
  bad_slot: "badSlot",
  not_found: "notFound",
  too_many: "tooMany",
  failed: "failed",
} as const;

function uploadOutcome(t: Translate, search: Record<string, string | string[] | undefined>, maxBytes: number): UploadOutcome | null {
  const outcome = one(search["ket-qua"]);
  if (!outcome) return null;
  const slot = one(search.tep);
  if (outcome === "ok") return { slot, ok: true, message: t("documents.uploadedPlain") };
  if (outcome === "removed") return { slot: "", ok: true, message: t("documents.removed") };
  const key = ownEntry(UPLOAD_ERRORS, outcome) ?? "failed";
  return { slot, ok: false, message: t(`uploadErrors.${key}`, { maxMb: Math.round(maxBytes / 1024 / 1024) }) };
}

export default async function SubmitPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Search }) {
  const code = parseBoundary(serviceCodeSchema, (await params).code) ?? notFound();
  const search = await searchParams;
  // A draft id that is not a UUID is no draft of anyone: the wizard starts over.
  const rawDraft = one(search.draft);
  const draftId = parseBoundary(uuidSchema, rawDraft) ?? "";
  if (rawDraft && !draftId) return redirectInLocale(wizardUrl(code, undefined, undefined, { loi: "khong-tim-thay" }));
  const locale = await getLocale();
  if (!draftId) {
    // Switched language without JavaScript: back to the same draft and step (docs/i18n.md).
    const left = draftLeftBySwitch((await headers()).get("referer"), { locale, serviceCode: code });
    if (left) return redirectInLocale(wizardUrl(code, left.draftId, left.step));
  }
  const user = await requireUser(draftId ? wizardUrl(code, draftId, Number(one(search.buoc)) || undefined) : wizardUrl(code));
  const service = await withDatabase(getSubmissionService, { code });
  if (!service) notFound();
  const t = await getTranslations("submission");
  const tv = await getTranslations("validation");
  // The procedure's name and time limit are legal text in Vietnamese (catalog data, docs/i18n.md).
  const dataLang = locale === "vi" ? undefined : "vi";

  const header = (
    <header className="grid gap-1">
      <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase">{t("pageTitle")}</p>
      <h1 className="text-2xl font-bold" lang={dataLang}>
        {service.name}
      </h1>
      <p className="text-slate-700">
        {service.code} · {t(`modes.${service.mode === "toan-trinh" ? "toanTrinh" : "motPhan"}.label`)} ·{" "}
        <span lang={dataLang}>{service.timeLimitText}</span>
      </p>
    </header>
  );

  // Not offered to an officer, nor to an account outside the service's audience (also refused on submission).
  const refusal = filingRefusal(user.kind, service.audience);
  if (refusal) {
    return (
      <section className="mx-auto grid max-w-3xl gap-4">
        {header}
        <p role="alert" className="rounded border-l-4 border-accent-700 bg-red-50 p-3">
          {fieldMessageText(tv as never, filingRefusalKey(refusal))}
        </p>
        <p>
          <Link href={`/thu-tuc/${encodeURIComponent(service.code)}`}>← {service.name}</Link>
        </p>
      </section>
    );
  }

  if (!draftId) {
    const drafts = await withDatabase(listOwnDraftsOfService, user.id, service.id);
    return (
      <section className="mx-auto grid max-w-3xl gap-4">
        {header}
        {one(search.loi) ? <Alert kind="error">{tv("submission.draftNotFound")}</Alert> : null}
        <p>{t("start.intro")}</p>
        {drafts.length ? (
          <section aria-labelledby="drafts-title" className={cardClass()}>
            <h2 id="drafts-title" className="font-semibold">
              {t("start.resumeTitle")}
            </h2>
            <ul className="mt-2 grid gap-2">
              {drafts.map((d) => (
                <li key={d.id} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    {t("stepOf", { step: Math.min(d.step, 4), total: 4 })} · {t("start.updatedAt", { when: formatVietnamDateTime(d.updatedAt) })}
                  </span>
                  <Link href={wizardUrl(service.code, d.id)}>
                    {t("start.resume")}
                    <span className="sr-only"> ({t("start.updatedAt", { when: formatVietnamDateTime(d.updatedAt) })})</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <form action={startDraft}>
          <input type="hidden" name="serviceCode" value={service.code} />
          <SubmitButton>{t("start.button")}</SubmitButton>
        </form>
        <p>
          <Link href={`/thu-tuc/${encodeURIComponent(service.code)}`}>← {service.name}</Link>
        </p>
      </section>
    );
  }

  const draft = await withDatabase(getOwnDraft, user.id, draftId);
  if (!draft || draft.serviceId !== service.id) {
    // Submitted already (back button, second tab): show its confirmation.
    const done = draft ? null : await withDatabase(findSubmittedDossier, user.id, { sourceDraftId: draftId });
    if (done) return redirectInLocale(confirmationUrl(done.serviceCode, done.code));
    return redirectInLocale(wizardUrl(service.code, undefined, undefined, { loi: "khong-tim-thay" }));
  }

  const reached = Math.min(Math.max(draft.step, 1), 4);
  const step = Math.min(Math.max(Number(one(search.buoc)) || reached, 1), reached);
  const files = step >= 3 ? await withDatabase(listDraftFiles, draft.id) : [];
  const units = step === 1 || step === 4 ? await withDatabase(listReceivingUnits, service) : [];
  const unit = units.find((u) => u.id === draft.receivingUnitId) ?? null;
  const maxBytes = uploadMaxBytes();

  return (
    <section className="mx-auto grid max-w-4xl gap-6">
      {header}
      <WizardSteps serviceCode={service.code} draftId={draft.id} current={step} reached={reached} />
      <div className={cardClass(undefined, "roomy")}>
        {step === 1 ? (
          <ApplicantStep
            serviceCode={service.code}
            draftId={draft.id}
            initial={stepFromApplicant(draft.applicant, units.find((u) => u.id === draft.receivingUnitId && service.level !== "tinh")?.code ?? "")}
            fixedAgency={service.level === "tinh"}
            units={service.level === "tinh" ? [] : units}
            texts={{
              title: t("applicant.title"),
              prefilled: t("applicant.prefilled"),
              fullName: t("applicant.fullName"),
              idNumber: t("applicant.idNumber"),
              idNumberHelp: t("applicant.idNumberHelp"),
              dateOfBirth: t("applicant.dateOfBirth"),
              phone: t("applicant.phone"),
              email: t("applicant.email"),
              address: t("applicant.address"),
              onBehalf: t("applicant.onBehalf"),
              onBehalfTitle: t("applicant.onBehalfTitle"),
              onBehalfHelp: t("applicant.onBehalfHelp"),
              relationship: t("applicant.relationship"),
              receivingUnit: t("applicant.receivingUnit"),
              receivingUnitHelp: service.level === "tinh" ? "" : t(`applicant.receivingUnitHelp.${service.level}`),
              chooseUnit: t("applicant.chooseUnit"),
              agencyReceives: t("applicant.agencyReceives", { name: service.agency.name }),
              next: t("next"),
            }}
          />
        ) : step === 2 ? (
          <FormStep
            serviceCode={service.code}
            draftId={draft.id}
            definition={service.formDefinition}
            initial={draft.formData}
            texts={{
              title: t("form.title"),
              intro: t("form.intro"),
              vietnameseForm: t("form.vietnameseForm"),
              choose: t("form.choose"),
              next: t("next"),
            }}
          />
        ) : step === 3 ? (
          <DocumentsStep
            serviceCode={service.code}
            draftId={draft.id}
            documents={service.documents}
            files={files}
            maxBytes={maxBytes}
            outcome={uploadOutcome(t, search, maxBytes)}
            onBehalf={Boolean(draft.applicant?.onBehalfOf)}
          />
        ) : (
          <ReviewStep
            serviceCode={service.code}
            draftId={draft.id}
            applicant={draft.applicant}
            unitName={unit?.name ?? null}
            definition={service.formDefinition}
            formData={draft.formData}
            documents={service.documents}
            files={files}
          />
        )}
      </div>
    </section>
  );
}
