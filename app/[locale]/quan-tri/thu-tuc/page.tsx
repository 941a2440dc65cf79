import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { listUnitServices } from "@/lib/admin/list-unit-services";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("officer"))("services.title"), robots: { index: false } };
}

export default async function UnitServicesPage() {
  const admin = await requireOfficerPermission("manage-services", "/quan-tri/thu-tuc");
  const rows = await withDatabase(listUnitServices, admin.unitId);
  const t = await getTranslations("officer.services");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className={cardClass("divide-y divide-slate-200", "none")}>
          {rows.map((s) => (
            <li key={s.code} className="px-4 py-2">
              <Link href={`/quan-tri/thu-tuc/${encodeURIComponent(s.code)}`} className="underline">
                {s.name}
              </Link>{" "}
              <span className="text-sm text-slate-700">{t("row", { code: s.code, version: s.version })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
