import "server-only";
import { getTranslations } from "next-intl/server";
import { NEGATIVE_ACTIONS, stepsOf, type FormAction } from "@/lib/officers/plan-dossier-actions";
import type { WorkflowAction } from "@/lib/workflow/status-machine";

/** The words of one action form, translated on the server: client components get strings, not the catalog. */
export interface ActionFormTexts {
  label: string;
  noteLabel: string;
  assignee: string;
  amount: string;
  resultNumber: string;
  resultSigner: string;
  resultSignedOn: string;
  prefilled: string;
  newAppointment: string;
  handover: string;
  confirmTitle: string;
  confirmConsequence: string;
  confirmButton: string;
  confirmCancel: string;
}

type NoteLabel = "reason" | "note" | "missing" | "cancelReason" | "refundReason";
const NOTE_LABELS: Partial<Record<WorkflowAction, NoteLabel>> = {
  refuse: "reason",
  stop: "reason",
  "send-back": "note",
  "request-supplement": "missing",
  "record-apology": "reason",
  "cancel-payment": "cancelReason",
  "refund-payment": "refundReason",
};

export async function actionFormTexts(action: FormAction): Promise<ActionFormTexts> {
  const t = await getTranslations("officer");
  const first = stepsOf(action)[0]!;
  const label = t(`actions.${action}`);
  const negative = first === "refuse" || first === "stop" || first === "send-back";
  return {
    label,
    noteLabel: t(`form.${NOTE_LABELS[first] ?? "note"}`),
    assignee: action === "assign" ? t("form.assignee") : t("form.assignNow"),
    amount: t("form.amount"),
    resultNumber: t("form.resultNumber"),
    resultSigner: t("form.resultSigner"),
    resultSignedOn: t("form.resultSignedOn"),
    prefilled: t("form.prefilled"),
    newAppointment: t("form.newAppointment"),
    handover: t("form.handover"),
    confirmTitle: t("confirm.title", { label }),
    confirmConsequence: negative && NEGATIVE_ACTIONS.includes(first) ? t(`confirm.consequence.${first}`) : "",
    confirmButton: t("confirm.button", { label: `${label.charAt(0).toLowerCase()}${label.slice(1)}` }),
    confirmCancel: t("confirm.cancel"),
  };
}
