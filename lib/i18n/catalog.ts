/**
 * The message catalog: one JSON file per area and language under messages/ (docs/i18n.md). Vietnamese is
 * the source; English must have the same keys (lib/i18n/catalog.test.ts). Adding a language is adding its
 * files here.
 */
import type { Locale } from "./locales";
import viAccounts from "@/messages/vi/accounts.json";
import viAudit from "@/messages/vi/audit.json";
import viCatalog from "@/messages/vi/catalog.json";
import viCommon from "@/messages/vi/common.json";
import viErrorPage from "@/messages/vi/errorPage.json";
import viFeedbackMail from "@/messages/vi/feedbackMail.json";
import viFeedbackRules from "@/messages/vi/feedbackRules.json";
import viFeedback from "@/messages/vi/feedback.json";
import viFeedbackOfficer from "@/messages/vi/feedbackOfficer.json";
import viFees from "@/messages/vi/fees.json";
import viOfficerReport from "@/messages/vi/officerReport.json";
import viOfficer from "@/messages/vi/officer.json";
import viOrganisation from "@/messages/vi/organisation.json";
import viSecondFactor from "@/messages/vi/secondFactor.json";
import viServiceIndex from "@/messages/vi/serviceIndex.json";
import viStatistics from "@/messages/vi/statistics.json";
import viSubmission from "@/messages/vi/submission.json";
import viTracking from "@/messages/vi/tracking.json";
import viUi from "@/messages/vi/ui.json";
import viUploads from "@/messages/vi/uploads.json";
import viValidation from "@/messages/vi/validation.json";
import viDocuments from "@/messages/vi/documents.json";
import viMail from "@/messages/vi/mail.json";
import viWorkflowErrors from "@/messages/vi/workflowErrors.json";
import enAccounts from "@/messages/en/accounts.json";
import enAudit from "@/messages/en/audit.json";
import enCatalog from "@/messages/en/catalog.json";
import enCommon from "@/messages/en/common.json";
import enErrorPage from "@/messages/en/errorPage.json";
import enFeedbackMail from "@/messages/en/feedbackMail.json";
import enFeedbackRules from "@/messages/en/feedbackRules.json";
import enFeedback from "@/messages/en/feedback.json";
import enFeedbackOfficer from "@/messages/en/feedbackOfficer.json";
import enFees from "@/messages/en/fees.json";
import enOfficerReport from "@/messages/en/officerReport.json";
import enOfficer from "@/messages/en/officer.json";
import enOrganisation from "@/messages/en/organisation.json";
import enSecondFactor from "@/messages/en/secondFactor.json";
import enServiceIndex from "@/messages/en/serviceIndex.json";
import enStatistics from "@/messages/en/statistics.json";
import enSubmission from "@/messages/en/submission.json";
import enTracking from "@/messages/en/tracking.json";
import enUi from "@/messages/en/ui.json";
import enUploads from "@/messages/en/uploads.json";
import enValidation from "@/messages/en/validation.json";
import enDocuments from "@/messages/en/documents.json";
import enMail from "@/messages/en/mail.json";
import enWorkflowErrors from "@/messages/en/workflowErrors.json";

const vi = {
  accounts: viAccounts,
  audit: viAudit,
  catalog: viCatalog,
  common: viCommon,
  errorPage: viErrorPage,
  feedbackMail: viFeedbackMail,
  feedbackRules: viFeedbackRules,
  feedback: viFeedback,
  feedbackOfficer: viFeedbackOfficer,
  fees: viFees,
  officerReport: viOfficerReport,
  officer: viOfficer,
  organisation: viOrganisation,
  secondFactor: viSecondFactor,
  serviceIndex: viServiceIndex,
  statistics: viStatistics,
  submission: viSubmission,
  tracking: viTracking,
  ui: viUi,
  uploads: viUploads,
  validation: viValidation,
  documents: viDocuments,
  mail: viMail,
  workflowErrors: viWorkflowErrors,
};
const en = {
  accounts: enAccounts,
  audit: enAudit,
  catalog: enCatalog,
  common: enCommon,
  errorPage: enErrorPage,
  feedbackMail: enFeedbackMail,
  feedbackRules: enFeedbackRules,
  feedback: enFeedback,
  feedbackOfficer: enFeedbackOfficer,
  fees: enFees,
  officerReport: enOfficerReport,
  officer: enOfficer,
  organisation: enOrganisation,
  secondFactor: enSecondFactor,
  serviceIndex: enServiceIndex,
  statistics: enStatistics,
  submission: enSubmission,
  tracking: enTracking,
  ui: enUi,
  uploads: enUploads,
  validation: enValidation,
  documents: enDocuments,
  mail: enMail,
  workflowErrors: enWorkflowErrors,
};

/** The Vietnamese catalog's shape: the keys every language must have (typed `t()` keys, global.d.ts). */
export type Messages = typeof vi;
export type Namespace = keyof Messages;

export const catalogs: Record<Locale, Messages> = { vi, en: en as unknown as Messages };

/**
 * The namespaces client components read (useTranslations in "use client" files): only these travel to the
 * browser with each page, so a page does not carry the whole catalog. Server components read any.
 */
export const CLIENT_NAMESPACES = ["ui", "validation", "errorPage"] as const satisfies readonly Namespace[];

export function messagesFor(locale: Locale): Messages {
  return catalogs[locale];
}

export function clientMessagesFor(locale: Locale): Partial<Messages> {
  const all = catalogs[locale];
  return Object.fromEntries(CLIENT_NAMESPACES.map((name) => [name, all[name]]));
}
