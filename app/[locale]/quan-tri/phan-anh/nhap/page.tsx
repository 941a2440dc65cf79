import type { Metadata } from "next";
import { connection } from "next/server";
import { withDatabase } from "@/lib/database/with-database";
import { PlainLink } from "@/components/catalog/plain-link";
import { IntakeFeedbackForm } from "@/components/feedback/intake-feedback-form";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { listFeedbackUnits } from "@/lib/feedback/feedback-options";
import { feedbackMessages } from "@/lib/messages/feedback";

export const metadata: Metadata = { title: feedbackMessages.officer.intakeTitle, robots: { index: false } };

const m = feedbackMessages.officer;

/** The 1022 operator's register: calls, Zalo, email and letters go into the same book as the web. */
export default async function IntakeFeedbackPage() {
  await connection();
  await requireOfficerPermission("feedback-intake", "/quan-tri/phan-anh/nhap");
  const units = await withDatabase(listFeedbackUnits);
  return (
    <>
      <p>
        <PlainLink href="/quan-tri/phan-anh">{m.back}</PlainLink>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{m.intakeTitle}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{m.intakeIntro}</p>
      <IntakeFeedbackForm units={units.map((u) => ({ id: u.id, name: u.name }))} />
    </>
  );
}
