import { Link } from "@/lib/i18n/navigation";
import { submitDraft } from "@/lib/dossiers/actions/submit-draft";
import type { ApplicantDetails } from "@/lib/dossiers/applicant-details";
import type { FormField, ServiceDocument } from "@/lib/catalog/service-schema";
import type { DraftFile } from "@/lib/dossiers/get-own-draft";
import { wizardUrl } from "@/lib/dossiers/wizard-url";
import { useLocale, useTranslations } from "next-intl";
import { displayFormValue } from "@/lib/forms/build-form-schema";
import { CheckboxField } from "@/components/ui/field";
import { StepSubmitForm } from "./step-submit-form";
import { formatVietnamDate } from "@/lib/calendar/format";

interface Props {
  serviceCode: string;
  draftId: string;
  applicant: ApplicantDetails | null;
  unitName: string | null;
  definition: FormField[];
  formData: Record<string, unknown>;
  documents: ServiceDocument[];
  files: DraftFile[];
}

function Section({ title, step, href, children }: { title: string; step: number; href: string; children: React.ReactNode }) {
  const t = useTranslations("submission");
  return (
    <section className="rounded border border-slate-300 bg-white p-4" aria-labelledby={`review-${step}`}>
      <div className="flex items-baseline justify-between gap-2">
        <h3 id={`review-${step}`} className="text-lg font-semibold">
          {title}
        </h3>
        <Link href={href}>
          {t("edit")}
          <span className="sr-only">: {title}</span>
        </Link>
      </div>
      {children}
    </section>
  );
}

/** Label and value rows; `lang`: the language of the labels when they are data (the procedure's Vietnamese form). */
function Rows({ rows, lang }: { rows: Array<[string, string]>; lang?: string }) {
  const t = useTranslations("submission.review");
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]">
      {rows.map(([label, value], i) => (
        <div key={`${label}-${i}`} className="contents">
          <dt className="text-slate-700" lang={lang}>
            {label}
          </dt>
          <dd className="font-medium">{value || t("empty")}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Step 4: everything on one page, with links back to each step, then the submission itself. */
export function ReviewStep(props: Props) {
  const { serviceCode, draftId, applicant: p, files } = props;
  const b = p?.onBehalfOf;
  const t = useTranslations("submission");
  const m = (key: "title" | "applicant" | "onBehalfOf" | "receivingUnit" | "form" | "documents" | "missing" | "declaration" | "submit") =>
    t(`review.${key}`);
  const a = (key: "fullName" | "idNumber" | "dateOfBirth" | "phone" | "email" | "address" | "relationship") => t(`applicant.${key}`);
  const dataLang = useLocale() === "vi" ? undefined : "vi";
  return (
    <div className="grid gap-5">
      <h2 className="text-xl font-bold">{m("title")}</h2>
      <Section title={m("applicant")} step={1} href={wizardUrl(serviceCode, draftId, 1)}>
        <Rows
          rows={[
            [m("receivingUnit"), props.unitName ?? ""],
            [a("fullName"), p?.fullName ?? ""],
            [a("idNumber"), p?.idNumber ?? ""],
            [a("dateOfBirth"), p?.dateOfBirth ? formatVietnamDate(p.dateOfBirth) : ""],
            [a("phone"), p?.phone ?? ""],
            [a("email"), p?.email ?? ""],
            [a("address"), p?.address ?? ""],
          ]}
        />
        {b ? (
          <>
            <h4 className="mt-3 font-semibold">{m("onBehalfOf")}</h4>
            <Rows
              rows={[
                [a("fullName"), b.fullName],
                [a("idNumber"), b.idNumber],
                [a("phone"), b.phone],
                [a("address"), b.address],
                [a("relationship"), b.relationship],
              ]}
            />
          </>
        ) : null}
      </Section>
      <Section title={m("form")} step={2} href={wizardUrl(serviceCode, draftId, 2)}>
        <Rows rows={props.definition.map((f) => [f.label, displayFormValue(f, props.formData[f.name], t("form.yes"))])} lang={dataLang} />
      </Section>
      <Section title={m("documents")} step={3} href={wizardUrl(serviceCode, draftId, 3)}>
        <ul className="mt-2 grid gap-1">
          {props.documents.map((doc, i) => {
            const names = files.filter((f) => f.documentIndex === i).map((f) => f.fileName);
            return (
              <li key={i}>
                <span className="text-slate-700" lang={dataLang}>
                  {doc.name}:{" "}
                </span>
                <span className={`font-medium ${!names.length && doc.required ? "text-accent-700" : ""}`}>
                  {names.length ? names.join(", ") : m("missing")}
                </span>
              </li>
            );
          })}
          {files
            .filter((f) => f.documentIndex === null)
            .map((f) => (
              <li key={f.id}>
                <span className="text-slate-700">{t("documents.extraTitle")}: </span>
                <span className="font-medium">{f.fileName}</span>
              </li>
            ))}
        </ul>
      </Section>
      <StepSubmitForm action={submitDraft} serviceCode={serviceCode} draftId={draftId} label={m("submit")}>
        <CheckboxField id="declaration" name="declaration" label={m("declaration")} />
      </StepSubmitForm>
    </div>
  );
}
