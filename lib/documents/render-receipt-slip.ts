import QRCode from "qrcode";
import type { PDFImage } from "pdf-lib";
import type { Locale } from "@/lib/i18n/locales";
import { A4, MARGIN, INK, createPdfWriter, drawAdministrativeHeader, drawTable } from "./pdf-writer";
import { buildReceiptSlipContent, type ReceiptSlipContent, type ReceiptSlipData } from "./receipt-slip";

type Writer = Awaited<ReturnType<typeof createPdfWriter>>["w"];

/**
 * The receipt and appointment slip (Mẫu 01) as an A4 PDF, with a QR code that opens the lookup page.
 * In English (`locale` "en") the English slip comes first and the Vietnamese original, the legal document,
 * follows on the next page (docs/i18n.md); the PDF's language is the first version's.
 */
export async function renderReceiptSlip(data: ReceiptSlipData, locale: Locale = "vi"): Promise<Uint8Array> {
  const versions =
    locale === "vi" ? [buildReceiptSlipContent(data, "vi")] : [buildReceiptSlipContent(data, locale), buildReceiptSlipContent(data, "vi")];
  const first = versions[0] as ReceiptSlipContent;
  const { doc, w } = await createPdfWriter({
    title: `${first.title} — ${data.code}`,
    subject: data.serviceName,
    author: data.receivingUnitName,
    locale,
  });
  const qr = await QRCode.toBuffer(data.lookupUrl, { type: "png", margin: 1, width: 256, errorCorrectionLevel: "M" });
  const qrImage = await doc.embedPng(qr);
  versions.forEach((content, index) => {
    if (index > 0) w.newPage();
    drawSlip(w, content, qrImage);
  });
  return doc.save();
}

function drawSlip(w: Writer, content: ReceiptSlipContent, qrImage: PDFImage): void {
  const half = (A4[0] - 2 * MARGIN) / 2;
  drawAdministrativeHeader(w, content.headerLeft, content.motto);

  const qrSize = 92;
  w.page.drawImage(qrImage, { x: A4[0] - MARGIN - qrSize, y: w.y - qrSize, width: qrSize, height: qrSize });
  w.page.drawText(content.qrCaption, { x: A4[0] - MARGIN - qrSize + 14, y: w.y - qrSize - 11, size: 8, font: w.regular, color: INK });

  const textWidth = A4[0] - 2 * MARGIN - qrSize - 12;
  w.text(content.title, { width: textWidth, size: 13, bold: true, center: true });
  w.gap(4);
  w.text(content.codeLine, { width: textWidth, size: 11.5, bold: true, center: true });
  w.y = Math.min(w.y - 10, A4[1] - MARGIN - 130);

  for (const line of content.intro) w.text(line.label ? `${line.label}: ${line.text}` : line.text);
  w.gap(6);
  w.text(content.documentsHeading, { bold: true });
  drawTable(w, content.documentsColumns, content.documentRows);
  w.gap(6);
  for (const line of content.times) w.text(line.label ? `${line.label}: ${line.text}` : line.text);
  w.gap(6);
  for (const note of content.notes) w.text(note, { size: 9.5 });
  w.gap(16);
  w.ensure(60);
  const signY = w.y;
  w.text(content.signatures[0], { width: half, bold: true, center: true });
  w.y = signY;
  w.text(content.signatures[1], { x: MARGIN + half, width: half, bold: true, center: true });
  w.text(content.signatureHint, { x: MARGIN + half, width: half, size: 9, center: true });
}
