import { A4, MARGIN, createPdfWriter, drawAdministrativeHeader } from "./pdf-writer";
import { buildNoticeContent, type NoticeData } from "./notice";

/** Mẫu 02 / 03 / 04 as an A4 PDF. */
export async function renderNotice(data: NoticeData): Promise<Uint8Array> {
  const content = buildNoticeContent(data);
  const { doc, w } = await createPdfWriter({ title: `${content.title} — ${data.code}`, subject: data.serviceName, author: data.unitName });
  drawAdministrativeHeader(w, [data.provinceName.toUpperCase(), data.unitName.toUpperCase()]);
  w.text(content.form, { size: 9, center: true });
  w.text(content.title, { size: 13, bold: true, center: true });
  w.gap(12);
  w.text(content.addressee, { bold: true });
  w.gap(4);
  for (const paragraph of content.paragraphs) {
    w.text(paragraph);
    w.gap(4);
  }
  content.items.forEach((item, i) => w.text(`${i + 1}. ${item}`, { x: MARGIN + 16 }));
  w.gap(8);
  w.text(content.closing, { size: 9.5 });
  w.gap(20);
  const half = (A4[0] - 2 * MARGIN) / 2;
  w.text("NGƯỜI LẬP PHIẾU", { x: MARGIN + half, width: half, bold: true, center: true });
  w.text("(Ký, ghi rõ họ tên)", { x: MARGIN + half, width: half, size: 9, center: true });
  w.gap(30);
  w.text(content.signature, { x: MARGIN + half, width: half, center: true });
  return doc.save();
}
