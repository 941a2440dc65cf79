import type { Metadata } from "next";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { devMailboxEnabled } from "@/lib/mail/dev-mailbox";
import { listOutbox } from "@/lib/mail/list-outbox";
import { tracking } from "@/lib/messages/tracking";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";

export const metadata: Metadata = { title: tracking.outbox.title, robots: { index: false, follow: false } };

const m = tracking.outbox;

/** Development-only view of the email outbox (404 in production unless DEV_MAILBOX=1). */
export default async function DevMailboxPage() {
  await connection();
  if (!devMailboxEnabled()) notFound();
  const messages = await withDatabase(listOutbox);
  return (
    <>
      <h1 className="text-2xl font-bold">{m.title}</h1>
      <p className="mt-1 text-slate-700">{m.intro}</p>
      {messages.length === 0 ? (
        <p className="mt-4">{m.empty}</p>
      ) : (
        <ul className="mt-4 grid gap-4">
          {messages.map((msg) => (
            <li key={msg.id} className={cardClass()}>
              <h2 className="font-bold">{msg.subject}</h2>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">{m.to}</dt>
                <dd>{msg.toAddress}</dd>
                <dt className="font-semibold">{m.kind}</dt>
                <dd>{msg.kind}</dd>
                <dt className="font-semibold">{m.createdAt}</dt>
                <dd>{formatVietnamDateTime(msg.createdAt)}</dd>
                <dt className="font-semibold">{m.state}</dt>
                <dd>{msg.sentAt ? m.sent(formatVietnamDateTime(msg.sentAt)) : m.pending(msg.attempts)}</dd>
              </dl>
              <pre className="mt-3 overflow-x-auto whitespace-pre-wrap break-words rounded bg-slate-100 p-3 text-sm">{msg.textBody}</pre>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
