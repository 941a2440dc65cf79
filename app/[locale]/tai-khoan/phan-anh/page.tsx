import type { Metadata } from "next";
import { connection } from "next/server";
import { withDatabase } from "@/lib/database/with-database";
import { PlainLink } from "@/components/catalog/plain-link";
import { AccountBar } from "@/components/tracking/account-bar";
import { requireUser } from "@/lib/auth/current-user";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { FEEDBACK_KIND_LABELS, FEEDBACK_STATUS_LABELS } from "@/lib/feedback/feedback-vocabulary";
import { listOwnFeedback } from "@/lib/feedback/own-feedback";
import { feedbackMessages } from "@/lib/messages/feedback";

export const metadata: Metadata = { title: feedbackMessages.mine.title, robots: { index: false } };

const m = feedbackMessages.mine;

/** The feedback the signed-in user sent, newest first. */
export default async function MyFeedbackPage() {
  await connection();
  const user = await requireUser("/tai-khoan/phan-anh");
  const items = await withDatabase(listOwnFeedback, user.id);
  return (
    <>
      <AccountBar fullName={user.fullName} current="phan-anh" />
      <h1 className="text-2xl font-bold">{m.title}</h1>
      <p className="mt-1 text-slate-700">{m.intro}</p>
      <p className="mt-2">
        <PlainLink href="/phan-anh-kien-nghi" className="font-semibold">
          {m.sendNew}
        </PlainLink>
      </p>
      {items.length === 0 ? (
        <p className="mt-4">{m.empty}</p>
      ) : (
        <ul className="mt-4 grid gap-3">
          {items.map((item) => (
            <li key={item.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
              <p className="font-mono text-sm text-slate-700">{item.code}</p>
              <PlainLink href={`/tai-khoan/phan-anh/${item.code}`} className="text-lg font-semibold break-words">
                {item.subject}
              </PlainLink>
              <p className="mt-1 text-sm text-slate-700">
                {FEEDBACK_KIND_LABELS[item.kind]} · {formatVietnamDateTime(item.submittedAt)} ·{" "}
                <span className="font-semibold text-slate-900">{FEEDBACK_STATUS_LABELS[item.status]}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
