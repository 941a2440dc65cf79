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
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("officer"))("holidays.title"), robots: { index: false } };
}

export default async function HolidaysPage({ searchParams }: { searchParams: Promise<{ nam?: string }> }) {
  await requireOfficerPermission("manage-holidays", "/quan-tri/ngay-nghi");
  const requested = Number((await searchParams).nam);
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : new Date().getFullYear();
  const days = await withDatabase(listHolidays, year);
  const t = await getTranslations("officer.holidays");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("heading", { year })}</h1>
      <p>{t("intro")}</p>
      <nav aria-label={t("chooseYear")} className="flex gap-3">
        <Link href={`/quan-tri/ngay-nghi?nam=${year - 1}`}>{t("previousYear", { year: year - 1 })}</Link>
        <Link href={`/quan-tri/ngay-nghi?nam=${year + 1}`}>{t("nextYear", { year: year + 1 })}</Link>
      </nav>
      <HolidayForm texts={{ day: t("form.day"), name: t("form.name"), submit: t("form.submit") }} />
      {days.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className={cardClass("divide-y divide-slate-200", "none")}>
          {days.map((d) => (
            <li key={d.day} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
              <span>
                <span className="font-mono">{formatVietnamDate(d.day)}</span> — {d.name}
              </span>
              <form action={deleteHolidayAction}>
                <input type="hidden" name="day" value={d.day} />
                <SubmitButton variant="negative" size="sm" aria-label={t("deleteLabel", { day: d.day })}>
                  {t("delete")}
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
