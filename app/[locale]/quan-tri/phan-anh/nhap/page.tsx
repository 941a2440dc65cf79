import type { Metadata } from "next";
import { connection } from "next/server";
import { withDatabase } from "@/lib/database/with-database";
import { PlainLink } from "@/components/catalog/plain-link";
import { IntakeFeedbackForm } from "@/components/feedback/intake-feedback-form";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { listFeedbackUnits } from "@/lib/feedback/feedback-options";
import { getTranslations } from "next-intl/server";
import { INTAKE_CHANNELS, FEEDBACK_KINDS } from "@/lib/feedback/feedback-vocabulary";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedbackOfficer");
  return { title: t("intakeTitle"), robots: { index: false } };
}

/** The 1022 operator's register: calls, Zalo, email and letters go into the same book as the web. */
export default async function IntakeFeedbackPage() {
  await connection();
  await requireOfficerPermission("feedback-intake", "/quan-tri/phan-anh/nhap");
  const units = await withDatabase(listFeedbackUnits);
  const t = await getTranslations("feedbackOfficer");
  const texts = {
    errorSummary: t("send.errorSummary"),
    channel: t("channel"),
    channels: INTAKE_CHANNELS.map((channel) => ({ value: channel, label: t(`channels.${channel}`) })),
    kind: t("send.kind"),
    kinds: FEEDBACK_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
    subject: t("send.subject"),
    content: t("send.content"),
    dossierCode: t("send.dossierCode"),
    unit: t("send.unit"),
    unitNone: t("send.unitNone"),
    name: t("send.name"),
    phone: t("send.phone"),
    email: t("send.email"),
    consent: t("send.consent"),
    answerNow: t("answerNow"),
    answerNowHint: t("answerNowHint"),
    submit: t("intakeSubmit"),
  };
  return (
    <>
      <p>
        <PlainLink href="/quan-tri/phan-anh">{t("back")}</PlainLink>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("intakeTitle")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{t("intakeIntro")}</p>
      <IntakeFeedbackForm texts={texts} units={units.map((u) => ({ id: u.id, name: u.name }))} />
    </>
  );
}
