import { Card } from "@/components/ui/card";
import type { CurrentUser } from "@/lib/auth/current-user";
import { useTranslations } from "next-intl";
import { formatVietnamDate } from "@/lib/calendar/format";
import { FactList } from "@/components/ui/fact-list";

/** The fixed details of the account (identity numbers are changed only through the agency). */
export function AccountSummary({ user, extra = [] }: { user: CurrentUser; extra?: [string, string][] }) {
  const t = useTranslations("accounts");
  const rows: [string, string][] = [[user.kind === "business" ? t("fields.businessName") : t("fields.fullName"), user.fullName]];
  if (user.kind === "citizen") {
    if (user.idNumber) rows.push([t("fields.idNumber"), user.idNumber]);
    if (user.dateOfBirth) rows.push([t("fields.dateOfBirth"), formatVietnamDate(user.dateOfBirth)]);
  }
  if (user.kind === "business" && user.idNumber) rows.push([t("fields.taxCode"), user.idNumber]);
  rows.push([t("fields.email"), `${user.email}${user.emailVerified ? ` (${t("profile.emailVerified")})` : ""}`], ...extra);
  return (
    <Card aria-labelledby="thong-tin-tai-khoan" padding="roomy">
      <h2 id="thong-tin-tai-khoan" className="text-xl font-bold">
        {t("profile.details")}
      </h2>
      <p className="mt-1 text-slate-700">{t(`profile.kind.${user.kind}`)}</p>
      <FactList facts={rows} className="mt-3 gap-x-6 gap-y-2" valueClassName="break-words" />
    </Card>
  );
}
