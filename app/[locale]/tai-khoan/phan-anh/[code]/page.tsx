import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { withDatabase } from "@/lib/database/with-database";
import { Alert } from "@/components/ui/alert";
import { PlainLink } from "@/components/catalog/plain-link";
import { CitizenFeedbackDetail } from "@/components/feedback/citizen-feedback-detail";
import { OwnFeedbackRating } from "@/components/feedback/own-feedback-rating";
import { AccountBar } from "@/components/tracking/account-bar";
import { requireUser } from "@/lib/auth/current-user";
import { feedbackCodeSchema } from "@/lib/feedback/feedback-schemas";
import { getOwnFeedback } from "@/lib/feedback/own-feedback";
import { ownEntry } from "@/lib/validation/boundary-schemas";
import { ClientTexts } from "@/components/i18n/client-texts";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback");
  return { title: t("mine.title"), robots: { index: false } };
}

const OUTCOMES = { "danh-gia": "rate.done", "mo-lai": "rate.reopened" } as const;

/** One of the user's own items; another user's id is a 404. */
export default async function MyFeedbackItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ "ket-qua"?: string | string[] }>;
}) {
  await connection();
  const t = await getTranslations("feedback");
  const code = feedbackCodeSchema.safeParse(decodeURIComponent((await params).code));
  if (!code.success) notFound();
  const user = await requireUser(`/tai-khoan/phan-anh/${code.data}`);
  const item = await withDatabase(getOwnFeedback, user.id, code.data);
  if (!item) notFound();
  const outcome = (await searchParams)["ket-qua"];
  const notice = ownEntry(OUTCOMES, outcome);
  return (
    <>
      <AccountBar fullName={user.fullName} current="phan-anh" />
      <p>
        <PlainLink href="/tai-khoan/phan-anh">{t("mine.back")}</PlainLink>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("mine.title")}</h1>
      {notice ? (
        <div className="mt-4 max-w-3xl">
          <Alert kind="success">{t(notice)}</Alert>
        </div>
      ) : null}
      <CitizenFeedbackDetail item={item}>
        <ClientTexts namespaces={["feedback"]}>
          <OwnFeedbackRating
            feedbackId={item.id}
            code={item.code}
            canRate={item.availableActions.includes("rate")}
            canReopen={item.availableActions.includes("reopen")}
            rating={item.rating}
          />
        </ClientTexts>
      </CitizenFeedbackDetail>
    </>
  );
}
