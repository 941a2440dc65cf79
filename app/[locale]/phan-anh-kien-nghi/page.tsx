import type { Metadata } from "next";
import { ownEntry } from "@/lib/validation/boundary-schemas";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { withDatabase } from "@/lib/database/with-database";
import { Alert } from "@/components/ui/alert";
import { PlainLink } from "@/components/catalog/plain-link";
import { SendFeedbackForm } from "@/components/feedback/send-feedback-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listFeedbackUnits } from "@/lib/feedback/feedback-options";
import { findPendingSend, PENDING_SEND_COOKIE, type PendingSend } from "@/lib/feedback/feedback-pending-sends";
import { MAX_ATTACHMENTS } from "@/lib/feedback/feedback-schemas";
import { uploadMaxBytes } from "@/lib/storage/get-storage";
import { ClientTexts } from "@/components/i18n/client-texts";
import { feedbackFileSize } from "@/lib/feedback/feedback-file-size";
import type { Locale } from "@/lib/i18n/locales";
import { getLocale, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback");
  return { title: t("send.title") };
}

type Translate = Awaited<ReturnType<typeof getTranslations<"feedback">>>;

function attachmentRefusal(t: Translate, locale: Locale, pending: PendingSend, maxBytes: number): string {
  switch (pending.refusal) {
    case "too-many":
      return t("send.attachmentRefused.tooMany", { max: MAX_ATTACHMENTS });
    case "too_large":
      return t("send.attachmentRefused.tooLarge", { name: pending.fileName, size: feedbackFileSize(maxBytes, locale) });
    case "bad_type":
      return t("send.attachmentRefused.badType", { name: pending.fileName });
    default:
      return t("send.attachmentRefused.empty", { name: pending.fileName });
  }
}

const REFUSALS = { "rate-limited": "rateLimited", duplicate: "duplicate" } as const;

/**
 * Anyone may send feedback; a signed-in citizen's contact details are filled in (and editable). After a
 * refused file (`?gui-lai=1` and the handler's cookie) the review step comes back with the text kept.
 */
export default async function SendFeedbackPage({
  searchParams,
}: {
  searchParams: Promise<{ loi?: string | string[]; "gui-lai"?: string | string[] }>;
}) {
  await connection();
  const t = await getTranslations("feedback");
  const locale = await getLocale();
  const { loi, "gui-lai": retry } = await searchParams;
  const refusal = loi === undefined ? null : t(`send.refusedAtSending.${ownEntry(REFUSALS, loi) ?? "other"}`);
  const pendingId = retry === undefined ? undefined : (await cookies()).get(PENDING_SEND_COOKIE)?.value;
  const maxBytes = uploadMaxBytes();
  const [user, units, pending] = await Promise.all([
    getCurrentUser(),
    withDatabase(listFeedbackUnits),
    pendingId ? withDatabase(findPendingSend, pendingId, new Date()) : Promise.resolve(null),
  ]);
  const citizen = user && user.kind !== "officer" ? user : null;
  const initialValues: Record<string, string> = citizen
    ? { senderName: citizen.fullName, senderPhone: citizen.phone, senderEmail: citizen.email }
    : {};
  return (
    <>
      <h1 className="text-2xl font-bold">{t("send.title")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{t("send.intro")}</p>
      <p className="mt-1 max-w-3xl text-slate-700">{t("send.hotline")}</p>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        <PlainLink href="/phan-anh-kien-nghi/tra-cuu">{t("track.title")}</PlainLink>
        <PlainLink href="/phan-anh-kien-nghi/da-tra-loi">{t("published.title")}</PlainLink>
      </p>
      {citizen ? <p className="mt-2 max-w-3xl">{t("send.signedInAs", { name: citizen.fullName })}</p> : null}
      {refusal ? (
        <div className="mt-4 max-w-3xl">
          <Alert kind="error">{refusal}</Alert>
        </div>
      ) : null}
      <ClientTexts namespaces={["feedback"]}>
        <SendFeedbackForm
          units={units.map((unit) => ({ id: unit.id, name: unit.name }))}
          initialValues={initialValues}
          maxBytes={maxBytes}
          retry={pending ? { values: pending.values, attachmentError: attachmentRefusal(t, locale, pending, maxBytes) } : null}
        />
      </ClientTexts>
    </>
  );
}
