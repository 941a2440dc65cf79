import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { HolidayForm } from "@/components/officer/holiday-form";
import { listHolidays } from "@/lib/admin/manage-holidays";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { deleteHolidayAction } from "@/lib/admin/actions/delete-holiday";
import { formatVietnamDate } from "@/lib/calendar/format";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "Lịch ngày nghỉ", robots: { index: false } };

export default async function HolidaysPage({ searchParams }: { searchParams: Promise<{ nam?: string }> }) {
  await requireOfficerPermission("manage-holidays", "/quan-tri/ngay-nghi");
  const requested = Number((await searchParams).nam);
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : new Date().getFullYear();
  const days = await withDatabase(listHolidays, year);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">Lịch ngày nghỉ năm {year}</h1>
      <p>Ngày nghỉ lễ, Tết và nghỉ bù không tính vào thời hạn giải quyết. Thay đổi có hiệu lực ngay với hồ sơ mới tính hạn.</p>
      <nav aria-label="Chọn năm" className="flex gap-3">
        <Link href={`/quan-tri/ngay-nghi?nam=${year - 1}`}>← Năm {year - 1}</Link>
        <Link href={`/quan-tri/ngay-nghi?nam=${year + 1}`}>Năm {year + 1} →</Link>
      </nav>
      <HolidayForm />
      {days.length === 0 ? (
        <p>Chưa có ngày nghỉ nào trong năm này.</p>
      ) : (
        <ul className={cardClass("divide-y divide-slate-200", "none")}>
          {days.map((d) => (
            <li key={d.day} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
              <span>
                <span className="font-mono">{formatVietnamDate(d.day)}</span> — {d.name}
              </span>
              <form action={deleteHolidayAction}>
                <input type="hidden" name="day" value={d.day} />
                <SubmitButton variant="negative" size="sm" aria-label={`Xóa ngày nghỉ ${d.day}`}>
                  Xóa
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
