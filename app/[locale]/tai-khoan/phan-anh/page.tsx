import type { Metadata } from "next";
import { connection } from "next/server";
import { withDatabase } from "@/lib/database/with-database";
import { PlainLink } from "@/components/catalog/plain-link";
import { AccountBar } from "@/components/tracking/account-bar";
import { requireUser } from "@/lib/auth/current-user";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { listOwnFeedback } from "@/lib/feedback/own-feedback";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback");
  return { title: t("mine.title"), robots: { index: false } };
}

/** The feedback the signed-in user sent, newest first. */
export default async function MyFeedbackPage() {
  await connection();
  const t = await getTranslations("feedback");
  const user = await requireUser("/tai-khoan/phan-anh");
  const items = await withDatabase(listOwnFeedback, user.id);
  return (
    <>
      <AccountBar fullName={user.fullName} current="phan-anh" />
      <h1 className="text-2xl font-bold">{t("mine.title")}</h1>
      <p className="mt-1 text-slate-700">{t("mine.intro")}</p>
      <p className="mt-2">
        <PlainLink href="/phan-anh-kien-nghi" className="font-semibold">
          {t("mine.sendNew")}
        </PlainLink>
      </p>
      {items.length === 0 ? (
        <p className="mt-4">{t("mine.empty")}</p>
      ) : (
        <ul className="mt-4 grid gap-3">
          {items.map((item) => (
            <li key={item.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
              <p className="font-mono text-sm text-slate-700">{item.code}</p>
              <PlainLink href={`/tai-khoan/phan-anh/${item.code}`} className="text-lg font-semibold break-words">
                {item.subject}
              </PlainLink>
              <p className="mt-1 text-sm text-slate-700">
                {t(`kinds.${item.kind}`)} · {formatVietnamDateTime(item.submittedAt)} ·{" "}
                <span className="font-semibold text-slate-900">{t(`statuses.${item.status}`)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
