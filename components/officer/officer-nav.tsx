import { PlainLink } from "@/components/catalog/plain-link";
import { officerReportMessages } from "@/lib/messages/officer-report";
import { mayOfficer, type OfficerAction } from "@/lib/workflow/permissions";

const LINKS: { href: string; label: string; needs: OfficerAction }[] = [
  { href: "/quan-tri", label: "Hồ sơ", needs: "view-dossiers" },
  { href: "/quan-tri/tiep-nhan-tai-quay", label: "Tiếp nhận tại quầy", needs: "register-counter-dossier" },
  { href: "/quan-tri/phan-anh", label: "Phản ánh, kiến nghị", needs: "view-feedback" },
  { href: "/quan-tri/danh-gia", label: "Đánh giá hài lòng", needs: "view-ratings" },
  { href: "/quan-tri/bao-cao", label: officerReportMessages.navLabel, needs: "view-report" },
  { href: "/quan-tri/can-bo", label: "Cán bộ", needs: "manage-officers" },
  { href: "/quan-tri/thu-tuc", label: "Thủ tục", needs: "manage-services" },
  { href: "/quan-tri/ngay-nghi", label: "Ngày nghỉ", needs: "manage-holidays" },
  { href: "/quan-tri/nhat-ky", label: "Nhật ký", needs: "view-audit-log" },
];

/** The officer area's menu: only what the officer's roles allow (the pages check again). */
export function OfficerNav({ roles, fullName, unitName }: { roles: readonly string[]; fullName: string; unitName: string }) {
  return (
    <div className="no-print mb-6 rounded-lg bg-brand-50 p-3 ring-1 ring-brand-100">
      <p className="text-sm">
        <span className="font-semibold">{fullName}</span> · {unitName}
      </p>
      <nav aria-label="Khu vực cán bộ" className="mt-2">
        <ul className="flex flex-wrap gap-2">
          {LINKS.filter((l) => mayOfficer(roles, l.needs)).map((l) => (
            <li key={l.href}>
              <PlainLink href={l.href} className="block rounded bg-white px-3 py-1.5 font-semibold ring-1 ring-brand-100">
                {l.label}
              </PlainLink>
            </li>
          ))}
          <li>
            <PlainLink href="/tai-khoan" className="block rounded px-3 py-1.5 font-semibold">
              Tài khoản
            </PlainLink>
          </li>
          <li>
            <PlainLink href="/dang-xuat" className="block rounded px-3 py-1.5 font-semibold">
              Đăng xuất
            </PlainLink>
          </li>
        </ul>
      </nav>
    </div>
  );
}
