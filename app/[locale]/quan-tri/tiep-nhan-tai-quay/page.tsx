import type { Metadata } from "next";
import { CounterForm } from "@/components/officer/counter-form";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { getSubmissionService } from "@/lib/dossiers/get-submission-service";
import { resolveReceivingUnit } from "@/lib/dossiers/receiving-units";
import { firstValue, parseBoundary, serviceCodeSchema } from "@/lib/validation/boundary-schemas";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("officer"))("counter.title"), robots: { index: false } };
}

export default async function CounterIntakePage({ searchParams }: { searchParams: Promise<{ "thu-tuc"?: string | string[] }> }) {
  const officer = await requireOfficerPermission("register-counter-dossier", "/quan-tri/tiep-nhan-tai-quay");
  // What was typed goes back into the box; only a well-formed code is looked up.
  const code = (firstValue((await searchParams)["thu-tuc"]) ?? "").replaceAll("\0", "").trim().slice(0, 60);
  const serviceCode = parseBoundary(serviceCodeSchema, code);
  const service = serviceCode ? await withDatabase(getSubmissionService, { code: serviceCode }) : null;
  const unit = service ? await withDatabase(resolveReceivingUnit, service, { id: officer.unitId }) : null;
  const accepted = service && unit?.id === officer.unitId;
  const t = await getTranslations("officer.counter");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("intro")}</p>
      <form method="get" className={cardClass("flex flex-col gap-2 sm:flex-row sm:items-end")}>
        <TextField
          id="thu-tuc"
          name="thu-tuc"
          label={t("serviceCode")}
          defaultValue={code}
          placeholder={t("placeholder")}
          error={code && !accepted ? (service ? "validation.officer.serviceNotReceivedHere" : "validation.officer.serviceNotFound") : undefined}
          fieldClassName="flex-1"
        />
        <button type="submit" className={buttonClass("primary")}>
          {t("choose")}
        </button>
      </form>
      {service && accepted ? (
        <>
          <h2 className="text-xl font-semibold">{service.name}</h2>
          <CounterForm
            serviceCode={service.code}
            definition={service.formDefinition}
            texts={{
              fixErrors: t("fixErrors"),
              channel: t("channel"),
              inPerson: t("inPerson"),
              postal: t("postal"),
              applicant: t("applicant"),
              form: t("form"),
              submit: t("submit"),
              fields: {
                fullName: t("fields.fullName"),
                idNumber: t("fields.idNumber"),
                phone: t("fields.phone"),
                email: t("fields.email"),
                address: t("fields.address"),
              },
            }}
          />
        </>
      ) : null}
    </div>
  );
}
