import { formatVietnamDateTime } from "@/lib/calendar/format";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { DossierChannel } from "@/lib/workflow/statuses";

/** What the receipt and appointment slip (Mẫu 01, Circular 01/2018; docs/domain.md#forms) shows. */
export interface ReceiptSlipData {
  code: string;
  /** Opens the public lookup for this dossier; printed as a QR code. */
  lookupUrl: string;
  provinceName: string;
  receivingUnitName: string;
  channel: DossierChannel;
  status: number;
  applicant: {
    fullName: string;
    idNumber: string;
    address: string;
    phone: string;
    email: string;
  };
  onBehalfOf?: { fullName: string; idNumber: string; relationship: string } | null;
  serviceName: string;
  serviceCode: string;
  documents: { name: string; originals: number; copies: number; files: number }[];
  timeLimitText: string;
  submittedAt: Date;
  receivedAt: Date | null;
  receiptDeadline: Date;
  dueAt: Date;
  /** Where the result is handed over: the receiving unit's reception and results office. */
  resultUnit: { name: string; address: string };
  fullyOnline: boolean;
  /** The language the dossier was filed in: an English dossier's slip is English first (docs/i18n.md). */
  locale: Locale;
}

export interface SlipLine {
  label?: string;
  text: string;
}

export interface ReceiptSlipContent {
  headerLeft: [string, string];
  motto: [string, string];
  title: string;
  codeLine: string;
  intro: SlipLine[];
  documentsHeading: string;
  documentsColumns: [string, string, string, string];
  documentRows: [string, string, string, string][];
  times: SlipLine[];
  notes: string[];
  signatures: [string, string];
  signatureHint: string;
  qrCaption: string;
}

const CHANNEL_KEYS = { 1: "counter", 2: "online", 3: "post" } as const satisfies Record<DossierChannel, string>;

/**
 * The slip's text, line by line: everything the PDF draws, so tests can read it without a PDF parser.
 * In the reader's language (docs/i18n.md); names, addresses and the legal time limit are data and stay as
 * they are.
 */
export function buildReceiptSlipContent(data: ReceiptSlipData, locale: Locale = "vi"): ReceiptSlipContent {
  const t = translatorFor(locale, "submission");
  const received = data.receivedAt !== null;
  const intro: SlipLine[] = [
    { label: t("receiptSlip.unit"), text: data.receivingUnitName },
    { label: t("receiptSlip.applicant"), text: data.applicant.fullName },
    { label: t("receiptSlip.idNumber"), text: data.applicant.idNumber },
    { label: t("receiptSlip.address"), text: data.applicant.address || "—" },
    { label: t("receiptSlip.phone"), text: data.applicant.phone || "—" },
    { label: t("receiptSlip.email"), text: data.applicant.email || "—" },
  ];
  if (data.onBehalfOf) {
    intro.push({
      label: t("receiptSlip.onBehalf"),
      text: t("receiptSlip.onBehalfText", {
        name: data.onBehalfOf.fullName,
        idNumber: data.onBehalfOf.idNumber,
        relationship: data.onBehalfOf.relationship,
      }),
    });
  }
  intro.push(
    { label: t("receiptSlip.request"), text: t("receiptSlip.requestText", { service: data.serviceName, code: data.serviceCode }) },
    { label: t("receiptSlip.channel"), text: t(`receiptSlip.channels.${CHANNEL_KEYS[data.channel]}`) },
  );
  const resultPlace = t("receiptSlip.resultDesk", { unit: data.resultUnit.name, address: data.resultUnit.address });
  const times: SlipLine[] = [
    { label: t("receiptSlip.timeLimit"), text: data.timeLimitText },
    { label: t("receiptSlip.submittedAt"), text: formatVietnamDateTime(data.submittedAt) },
    received
      ? { label: t("receiptSlip.receivedAt"), text: formatVietnamDateTime(data.receivedAt as Date) }
      : { label: t("receiptSlip.receiptDeadline"), text: formatVietnamDateTime(data.receiptDeadline) },
    { label: t("receiptSlip.dueAt"), text: formatVietnamDateTime(data.dueAt) },
    { label: t("receiptSlip.resultPlace"), text: data.fullyOnline ? t("receiptSlip.resultOnline", { place: resultPlace }) : resultPlace },
  ];
  const notes = [received ? t("receiptSlip.noteReceived") : t("receiptSlip.notePending"), t("receiptSlip.noteLookup")];
  if (locale !== "vi") notes.unshift(t("receiptSlip.noteTranslation"));
  return {
    headerLeft: [data.provinceName.toUpperCase(), data.receivingUnitName.toUpperCase()],
    motto: [t("receiptSlip.motto"), t("receiptSlip.mottoLine")],
    title: t("receiptSlip.title"),
    codeLine: t("receiptSlip.codeLine", { code: data.code }),
    intro,
    documentsHeading: t("receiptSlip.documentsHeading"),
    documentsColumns: [t("receiptSlip.columnNumber"), t("receiptSlip.columnName"), t("receiptSlip.columnCopies"), t("receiptSlip.columnFiles")],
    documentRows: data.documents.map((d, i) => [String(i + 1), d.name, `${d.originals} / ${d.copies}`, String(d.files)]),
    times,
    notes,
    signatures: [t("receiptSlip.signApplicant"), t("receiptSlip.signOfficer")],
    signatureHint: t("receiptSlip.signHint"),
    qrCaption: t("receiptSlip.qrCaption"),
  };
}
