import { and, count, eq, isNotNull } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers, files, serviceVersions, units } from "@/db/schema";
import { localizeHref } from "@/lib/i18n/locales";
import viCommon from "@/messages/vi/common.json";
import type { ReceiptSlipData } from "./receipt-slip";

export interface ReceiptSlipAccess {
  /** The citizen or business who owns the dossier. */
  userId?: string;
  /** An officer of the receiving unit. */
  unitId?: number;
}

/**
 * The slip's data for one dossier, or null when it does not exist or the reader may not see it
 * (the caller answers 404 either way, so nobody learns which codes exist).
 */
export async function loadReceiptSlip(
  db: DatabaseOrTransaction,
  code: string,
  access: ReceiptSlipAccess,
  lookupBaseUrl: string,
): Promise<ReceiptSlipData | null> {
  if (access.userId === undefined && access.unitId === undefined) return null;
  const [row] = await db
    .select({ dossier: dossiers, unitName: units.name, unitAddress: units.address, content: serviceVersions.content })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .innerJoin(serviceVersions, and(eq(serviceVersions.serviceId, dossiers.serviceId), eq(serviceVersions.version, dossiers.serviceVersion)))
    .where(eq(dossiers.code, code))
    .limit(1);
  if (!row) return null;
  const { dossier, content } = row;
  const mayRead =
    (access.userId !== undefined && dossier.userId === access.userId) || (access.unitId !== undefined && dossier.unitId === access.unitId);
  if (!mayRead) return null;

  const [province] = await db.select({ name: units.name }).from(units).where(eq(units.kind, "province")).limit(1);
  const fileCounts = await db
    .select({ documentIndex: files.documentIndex, n: count() })
    .from(files)
    .where(and(eq(files.dossierId, dossier.id), eq(files.purpose, "document"), isNotNull(files.documentIndex)))
    .groupBy(files.documentIndex);
  const filesByDocument = new Map(fileCounts.map((f) => [f.documentIndex, f.n]));
  const applicant = dossier.applicant;
  return {
    code: dossier.code,
    lookupUrl: `${lookupBaseUrl.replace(/\/$/, "")}${localizeHref(`/tra-cuu?code=${encodeURIComponent(dossier.code)}`, dossier.locale)}`,
    // The issuing body is named in Vietnamese on both versions: it is a name, not a text to translate.
    provinceName: province?.name ?? viCommon.ownerName,
    receivingUnitName: row.unitName,
    channel: dossier.channel === 1 || dossier.channel === 3 ? dossier.channel : 2,
    status: dossier.status,
    applicant: {
      fullName: applicant.fullName,
      idNumber: applicant.idNumber,
      address: applicant.address,
      phone: applicant.phone,
      email: applicant.email,
    },
    onBehalfOf: applicant.onBehalfOf
      ? { fullName: applicant.onBehalfOf.fullName, idNumber: applicant.onBehalfOf.idNumber, relationship: applicant.onBehalfOf.relationship }
      : null,
    serviceName: dossier.serviceName,
    serviceCode: dossier.serviceCode,
    documents: content.documents.map((d, index) => ({
      name: d.name,
      originals: d.originals,
      copies: d.copies,
      files: filesByDocument.get(index) ?? 0,
    })),
    timeLimitText: content.timeLimitText,
    submittedAt: dossier.submittedAt,
    receivedAt: dossier.receivedAt,
    receiptDeadline: dossier.receiptDeadline,
    dueAt: dossier.dueAt,
    resultUnit: { name: row.unitName, address: row.unitAddress },
    fullyOnline: content.mode === "toan-trinh",
    locale: dossier.locale,
  };
}
