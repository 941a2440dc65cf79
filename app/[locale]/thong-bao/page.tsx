import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { connection } from "next/server";
import { AccountBar } from "@/components/tracking/account-bar";
import { requireUser } from "@/lib/auth/current-user";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { getTranslations } from "next-intl/server";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markReadAction } from "@/lib/notifications/actions/mark-notifications-read";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tracking.notifications"))("title"), robots: { index: false } };
}

export default async function NotificationsPage() {
  await connection();
  const t = await getTranslations("tracking.notifications");
  const user = await requireUser("/thong-bao");
  const { rows, unread } = await withDatabase(listNotifications, user.id);
  return (
    <>
      <AccountBar fullName={user.fullName} current="thong-bao" />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {unread > 0 ? (
          <form action={markReadAction}>
            <SubmitButton variant="secondary">{t("markAllRead")}</SubmitButton>
          </form>
        ) : null}
      </div>
      <p className="mt-1 text-slate-700">{t("unreadCount", { n: unread })}</p>
      {rows.length === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <ul className="mt-4 grid gap-3">
          {rows.map((n) => (
            <li key={n.id} className={cardClass(n.readAt ? undefined : "bg-brand-50 ring-brand-600")}>
              <p className="font-semibold">
                {n.readAt ? null : <span className="mr-2 rounded bg-brand-700 px-2 py-0.5 text-xs text-white">{t("unread")}</span>}
                {n.title}
              </p>
              <p className="mt-1">{n.body}</p>
              <p className="mt-1 text-sm text-slate-700">
                <time dateTime={n.createdAt.toISOString()}>{formatVietnamDateTime(n.createdAt)}</time>
              </p>
              <div className="mt-2 flex flex-wrap items-center gap-4">
                {n.link?.startsWith("/") ? <Link href={n.link}>{t("open")}</Link> : null}
                {n.readAt ? null : (
                  <form action={markReadAction}>
                    <input type="hidden" name="id" value={n.id} />
                    <button type="submit" className="font-semibold text-brand-700 underline underline-offset-2">
                      {t("markRead")}
                      <span className="sr-only">: {n.title}</span>
                    </button>
                  </form>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
