import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { ServiceEditForm } from "@/components/officer/service-edit-form";
import { getEditableService } from "@/lib/admin/edit-service";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { parseBoundary, serviceCodeSchema } from "@/lib/validation/boundary-schemas";
import { withDatabase } from "@/lib/database/with-database";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("officer"))("services.editTitle"), robots: { index: false } };
}

export default async function EditServicePage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ "phien-ban"?: string }>;
}) {
  const code = parseBoundary(serviceCodeSchema, (await params).code) ?? notFound();
  const admin = await requireOfficerPermission("manage-services", `/quan-tri/thu-tuc/${encodeURIComponent(code)}`);
  const current = await withDatabase(getEditableService, code, admin.unitId);
  if (!current) notFound();
  const saved = (await searchParams)["phien-ban"];
  const { content } = current;
  const t = await getTranslations("officer.services");
  return (
    <div className="space-y-4">
      <p>
        <Link href="/quan-tri/thu-tuc">{t("back")}</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">{content.name}</h1>
      <p>{t("intro", { code: content.code, version: current.version })}</p>
      {saved ? (
        <p role="status" className="rounded bg-green-50 p-3 font-semibold text-green-900 ring-1 ring-green-200">
          {t("saved")}
        </p>
      ) : null}
      <ServiceEditForm
        code={content.code}
        texts={{
          fields: {
            timeLimitText: t("form.fields.timeLimitText"),
            conditions: t("form.fields.conditions"),
            receivingAddress: t("form.fields.receivingAddress"),
            result: t("form.fields.result"),
            feeLegalBasis: t("form.fields.feeLegalBasis"),
          },
          submit: t("form.submit"),
        }}
        initial={{
          timeLimitText: content.timeLimitText,
          conditions: content.conditions,
          receivingAddress: content.receivingAddress,
          result: content.result,
          feeLegalBasis: content.feeLegalBasis,
        }}
      />
    </div>
  );
}
