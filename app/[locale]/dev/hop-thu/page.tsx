import type { Metadata } from "next";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { devMailboxEnabled } from "@/lib/mail/dev-mailbox";
import { listOutbox } from "@/lib/mail/list-outbox";
import { getTranslations } from "next-intl/server";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tracking.outbox"))("title"), robots: { index: false, follow: false } };
}

/** Development-only view of the email outbox (404 in production unless DEV_MAILBOX=1). */
export default async function DevMailboxPage() {
  await connection();
  const t = await getTranslations("tracking.outbox");
  if (!devMailboxEnabled()) notFound();
  const messages = await withDatabase(listOutbox);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">{t("intro")}</p>
      {messages.length === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <ul className="mt-4 grid gap-4">
          {messages.map((msg) => (
            <li key={msg.id} className={cardClass()}>
              <h2 className="font-bold">{msg.subject}</h2>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">{t("to")}</dt>
                <dd>{msg.toAddress}</dd>
                <dt className="font-semibold">{t("kind")}</dt>
                <dd>{msg.kind}</dd>
                <dt className="font-semibold">{t("createdAt")}</dt>
                <dd>{formatVietnamDateTime(msg.createdAt)}</dd>
                <dt className="font-semibold">{t("state")}</dt>
                <dd>{msg.sentAt ? t("sent", { at: formatVietnamDateTime(msg.sentAt) }) : t("pending", { attempts: msg.attempts })}</dd>
              </dl>
              <pre className="mt-3 overflow-x-auto rounded bg-slate-100 p-3 text-sm break-words whitespace-pre-wrap">{msg.textBody}</pre>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
