import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { withDatabase } from "@/lib/database/with-database";
import { Alert } from "@/components/ui/alert";
import { PlainLink } from "@/components/catalog/plain-link";
import { FeedbackActionForm } from "@/components/feedback/feedback-action-form";
import { OfficerFeedbackSummary } from "@/components/feedback/officer-feedback-summary";
import { OfficerFeedbackHistory } from "@/components/feedback/officer-feedback-history";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { FEEDBACK_OFFICER_ACTIONS, type FeedbackOfficerAction } from "@/lib/feedback/feedback-machine";
import { getFeedbackForOfficer } from "@/lib/feedback/officer-feedback-view";
import { listFeedbackFields, listFeedbackUnits } from "@/lib/feedback/feedback-options";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedbackOfficer");
  return { title: t("title"), robots: { index: false } };
}

/** The officer's actions each have a form and a name in the catalog; "intake" only names the step just done. */
type FormAction = FeedbackOfficerAction;
const isFormAction = (action: string): action is FormAction => (FEEDBACK_OFFICER_ACTIONS as readonly string[]).includes(action);

/** One item with every action the state machine allows the officer's roles, each as its own form. */
export default async function OfficerFeedbackPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ "da-xu-ly"?: string | string[] }>;
}) {
  await connection();
  const id = z
    .string()
    .uuid()
    .safeParse((await params).id);
  const officer = await requireOfficerPermission("view-feedback", "/quan-tri/phan-anh");
  if (!id.success) notFound();
  const view = await withDatabase(getFeedbackForOfficer, officer, id.data, workflowNow());
  if (!view) notFound();
  const item = view.item;
  const [units, fields] = await Promise.all([withDatabase(listFeedbackUnits), withDatabase(listFeedbackFields)]);
  const t = await getTranslations("feedbackOfficer");
  const done = (await searchParams)["da-xu-ly"];
  const doneLabel = done === "intake" || (typeof done === "string" && isFormAction(done)) ? t(`actions.${done}`) : undefined;
  const common = { unitId: item.assignedUnitId ? String(item.assignedUnitId) : "", fieldId: item.fieldId ? String(item.fieldId) : "" };
  // The publish form starts from the texts with personal data masked; the publisher reviews them.
  const defaultsFor = (action: string): Record<string, string> =>
    action === "publish" ? view.suggestedPublication : { ...common, answer: action === "approve-answer" ? (item.agencyAnswerText ?? "") : "" };
  const actions = view.availableActions.filter(isFormAction);
  const texts = (action: FormAction) => ({
    label: t(`actions.${action}`),
    confirmLabel: t("confirmAction", { action: t(`actions.${action}`) }),
    confirmQuestion: t("confirmQuestion"),
    field: t("form.field"),
    unit: t("form.unit"),
    answer: t("form.answer"),
    maskedHint: t("form.maskedHint"),
    maskedSubject: t("form.maskedSubject"),
    maskedQuestion: t("form.maskedQuestion"),
    maskedAnswer: t("form.maskedAnswer"),
    reason: t("form.reason"),
    note: t("form.note"),
  });
  return (
    <>
      <p>
        <PlainLink href="/quan-tri/phan-anh">{t("back")}</PlainLink>
      </p>
      <h1 className="mt-2 text-2xl font-bold break-words">
        <span className="block font-mono text-base font-normal text-slate-700">{item.code}</span>
        {item.subject}
      </h1>
      {doneLabel ? (
        <div className="mt-4">
          <Alert kind="success">{t("doneAction", { action: doneLabel })}</Alert>
        </div>
      ) : null}
      <div className="mt-4 grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="grid min-w-0 content-start gap-4">
          <OfficerFeedbackSummary view={view} />
          <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <OfficerFeedbackHistory history={view.history} />
          </div>
        </div>
        <section aria-labelledby="xu-ly" className="grid min-w-0 content-start gap-3">
          <h2 id="xu-ly" className="text-xl font-bold">
            {t("actionsHeading")}
          </h2>
          {actions.length === 0 ? <p>{t("noActions")}</p> : null}
          {actions.map((action) => (
            <FeedbackActionForm
              key={action}
              action={action}
              texts={texts(action)}
              feedbackId={item.id}
              version={item.version}
              units={units}
              fields={fields}
              defaults={defaultsFor(action)}
              primary={action === view.primaryAction}
            />
          ))}
        </section>
      </div>
    </>
  );
}
