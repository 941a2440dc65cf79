import { localizeHref, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { portalLink } from "@/lib/mail/portal-link";
import type { FeedbackKind } from "./feedback-vocabulary";

/**
 * The mails and in-app notifications of the feedback register to the sender, in the sender's language
 * (feedback_items.locale): an English mail carries the Vietnamese original below it, like the dossier mails
 * (docs/i18n.md). Links lead to the page in that language. History notes and the officers' notices stay
 * Vietnamese (the officers' record): `feedbackHistoryNotes`, `feedbackOfficerMail`.
 */

function bilingual(locale: Locale, write: (reader: Locale) => string): string {
  const own = write(locale);
  return locale === "vi" ? own : `${own}\n\n---\n\n${write("vi")}`;
}

export function feedbackReceivedMail(
  locale: Locale,
  p: { name: string; code: string; kind: FeedbackKind; subject: string; lookupPath: string },
): { subject: string; body: string } {
  return {
    subject: translatorFor(locale, "feedbackMail")("received.subject", { code: p.code }),
    body: bilingual(locale, (reader) => {
      const t = translatorFor(reader, "feedbackMail");
      return t("received.body", {
        name: p.name,
        kind: t(`kinds.${p.kind}`),
        subject: p.subject,
        code: p.code,
        link: portalLink(localizeHref(p.lookupPath, reader)),
      });
    }),
  };
}

export function feedbackAnsweredMail(
  locale: Locale,
  p: { name: string; code: string; subject: string; answer: string; path: string },
): { subject: string; body: string } {
  return {
    subject: translatorFor(locale, "feedbackMail")("answered.subject", { code: p.code }),
    body: bilingual(locale, (reader) =>
      translatorFor(reader, "feedbackMail")("answered.body", {
        name: p.name,
        code: p.code,
        subject: p.subject,
        answer: p.answer,
        link: portalLink(localizeHref(p.path, reader)),
      }),
    ),
  };
}

export function feedbackNotification(locale: Locale, which: "received" | "answered", code: string): { title: string; body: string } {
  const t = translatorFor(locale, "feedbackMail");
  return which === "received"
    ? { title: t("received.notificationTitle", { code }), body: t("received.notificationBody") }
    : { title: t("answered.notificationTitle", { code }), body: t("answered.notificationBody") };
}

/** The history notes: the officers' record, always Vietnamese. */
export function feedbackHistoryNotes() {
  return translatorFor("vi", "feedbackMail");
}

/** Reminders and escalations to the units' officers: Vietnamese. */
export function feedbackOfficerMail() {
  return translatorFor("vi", "feedbackMail");
}
