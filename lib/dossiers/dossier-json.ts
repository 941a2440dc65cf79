import type { SubmittedDossier } from "./submitted-dossier";

/** The API's view of a submitted dossier. */
export function dossierJson(d: SubmittedDossier) {
  const path = `/ho-so/${encodeURIComponent(d.code)}`;
  return {
    id: d.id,
    code: d.code,
    status: d.status,
    serviceCode: d.serviceCode,
    serviceName: d.serviceName,
    mode: d.mode,
    unit: d.unit,
    submittedAt: d.submittedAt.toISOString(),
    receiptDeadline: d.receiptDeadline.toISOString(),
    dueAt: d.dueAt.toISOString(),
    url: path,
    receiptSlipUrl: `${path}/phieu-tiep-nhan`,
  };
}
