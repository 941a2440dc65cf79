import { formatVietnamDateTime } from "@/lib/calendar/format";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

/** The one-stop notices of Circular 01/2018 sent to the applicant: Mẫu 02, 03 and 04. */
export type NoticeKind = "supplement" | "refusal" | "apology";

export interface NoticeData {
  kind: NoticeKind;
  code: string;
  /** The language the applicant filed in (dossiers.locale): an English notice carries the Vietnamese original too. */
  locale: Locale;
  provinceName: string;
  unitName: string;
  applicantName: string;
  serviceName: string;
  submittedAt: Date;
  issuedAt: Date;
  officerName: string;
  /** Mẫu 02: what is missing, one item a line. Mẫu 03: the reason. Mẫu 04: the reason for the delay. */
  note: string;
  /** Mẫu 04 */
  originalDueAt?: Date;
  newAppointment?: Date;
}

export interface NoticeContent {
  /** The national motto, the right column of the heading. */
  motto: [string, string];
  form: string;
  title: string;
  /** Above the English notice: it is a translation, the Vietnamese original follows. */
  translationNote?: string;
  addressee: string;
  paragraphs: string[];
  items: string[];
  closing: string;
  signatureTitle: string;
  signatureHint: string;
  signature: string;
}

/** An officer's note as a list: one item a line, without the bullets or numbers typed before it. */
export function noteItems(note: string): string[] {
  return note
    .split(/\r?\n/)
    .map((l) => l.replace(/^[-•*\d.)\s]+/, "").trim())
    .filter(Boolean);
}

/** Items joined into the end of a sentence: each item's own closing punctuation dropped, one full stop at the end. */
function endSentence(items: readonly string[]): string {
  return `${items.map((item) => item.replace(/[\s.;,:…]+$/u, "")).join("; ")}.`;
}

/**
 * A notice's text in one language. Names, the officer's note and the procedure stay as written (they are
 * data, in Vietnamese); times print as the slips print them, "hh:mm dd/mm/yyyy" in Vietnam's time.
 */
export function buildNoticeContent(data: NoticeData, locale: Locale = data.locale): NoticeContent {
  const t = translatorFor(locale, "documents");
  const at = (date: Date | undefined) => (date ? formatVietnamDateTime(date) : "—");
  const received = t("notice.received", { unit: data.unitName, code: data.code, service: data.serviceName, submittedAt: at(data.submittedAt) });
  const lines = noteItems(data.note);
  let paragraphs: string[];
  let items: string[] = [];
  if (data.kind === "supplement") {
    paragraphs = [received, t("notice.supplementAsk")];
    items = lines;
  } else if (data.kind === "refusal") {
    paragraphs = [received, t("notice.refusalReason", { reasons: endSentence(lines) })];
  } else {
    paragraphs = [
      received,
      t("notice.apologyLate", { originalDueAt: at(data.originalDueAt), reasons: endSentence(lines) }),
      t("notice.apologySorry", { unit: data.unitName, newAppointment: at(data.newAppointment) }),
    ];
  }
  return {
    motto: [t("motto.country"), t("motto.words")],
    form: t(`notice.form.${data.kind}`),
    title: t(`notice.title.${data.kind}`),
    ...(locale !== "vi" ? { translationNote: t("notice.translationNote") } : {}),
    addressee: t("notice.addressee", { name: data.applicantName }),
    paragraphs,
    items,
    closing: t("notice.closing", { unit: data.unitName, issuedAt: at(data.issuedAt) }),
    signatureTitle: t("notice.signatureTitle"),
    signatureHint: t("notice.signatureHint"),
    signature: data.officerName,
  };
}

/** The texts a notice is printed in: the applicant's language first, then the Vietnamese original when that differs. */
export function noticeVersions(data: NoticeData): NoticeContent[] {
  return data.locale === "vi" ? [buildNoticeContent(data, "vi")] : [buildNoticeContent(data, data.locale), buildNoticeContent(data, "vi")];
}
