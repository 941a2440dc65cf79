import { useTranslations } from "next-intl";
import { PlainLink } from "@/components/catalog/plain-link";
import { mayOfficer, type OfficerAction } from "@/lib/workflow/permissions";

const LINKS = [
  { href: "/quan-tri", key: "dossiers", needs: "view-dossiers" },
  { href: "/quan-tri/tiep-nhan-tai-quay", key: "counter", needs: "register-counter-dossier" },
  { href: "/quan-tri/phan-anh", key: "feedback", needs: "view-feedback" },
  { href: "/quan-tri/danh-gia", key: "ratings", needs: "view-ratings" },
  { href: "/quan-tri/bao-cao", key: "report", needs: "view-report" },
  { href: "/quan-tri/can-bo", key: "officers", needs: "manage-officers" },
  { href: "/quan-tri/thu-tuc", key: "services", needs: "manage-services" },
  { href: "/quan-tri/ngay-nghi", key: "holidays", needs: "manage-holidays" },
  { href: "/quan-tri/nhat-ky", key: "auditLog", needs: "view-audit-log" },
] as const satisfies readonly { href: string; key: string; needs: OfficerAction }[];

/** The officer area's menu: only what the officer's roles allow (the pages check again). */
export function OfficerNav({ roles, fullName, unitName }: { roles: readonly string[]; fullName: string; unitName: string }) {
  const t = useTranslations("officer.nav");
  return (
    <div className="no-print mb-6 rounded-lg bg-brand-50 p-3 ring-1 ring-brand-100">
      <p className="text-sm">
        <span className="font-semibold">{fullName}</span> · {unitName}
      </p>
      <nav aria-label={t("label")} className="mt-2">
        <ul className="flex flex-wrap gap-2">
          {LINKS.filter((l) => mayOfficer(roles, l.needs)).map((l) => (
            <li key={l.href}>
              <PlainLink href={l.href} className="block rounded bg-white px-3 py-1.5 font-semibold ring-1 ring-brand-100">
                {t(l.key)}
              </PlainLink>
            </li>
          ))}
          <li>
            <PlainLink href="/tai-khoan" className="block rounded px-3 py-1.5 font-semibold">
              {t("account")}
            </PlainLink>
          </li>
          <li>
            <PlainLink href="/dang-xuat" className="block rounded px-3 py-1.5 font-semibold">
              {t("signOut")}
            </PlainLink>
          </li>
        </ul>
      </nav>
    </div>
  );
}
