import { A4, MARGIN, createPdfWriter, drawAdministrativeHeader } from "./pdf-writer";
import { noticeVersions, type NoticeData } from "./notice";

/**
 * Mẫu 02 / 03 / 04 as an A4 PDF. For an applicant who filed in English, the English notice comes first and
 * the Vietnamese original (the legal one) follows from a new page (docs/i18n.md#dossiers-and-mail-in-english).
 */
export async function renderNotice(data: NoticeData): Promise<Uint8Array> {
  const versions = noticeVersions(data);
  const first = versions[0]!;
  const { doc, w } = await createPdfWriter({
    title: `${first.title} — ${data.code}`,
    subject: data.serviceName,
    author: data.unitName,
    locale: data.locale,
  });
  versions.forEach((content, i) => {
    if (i > 0) w.newPage();
    drawAdministrativeHeader(w, [data.provinceName.toUpperCase(), data.unitName.toUpperCase()], content.motto);
    if (content.translationNote) {
      w.text(content.translationNote, { size: 9, center: true });
      w.gap(6);
    }
    w.text(content.form, { size: 9, center: true });
    w.text(content.title, { size: 13, bold: true, center: true });
    w.gap(12);
    w.text(content.addressee, { bold: true });
    w.gap(4);
    for (const paragraph of content.paragraphs) {
      w.text(paragraph);
      w.gap(4);
    }
    content.items.forEach((item, n) => w.text(`${n + 1}. ${item}`, { x: MARGIN + 16 }));
    w.gap(8);
    w.text(content.closing, { size: 9.5 });
    w.gap(20);
    const half = (A4[0] - 2 * MARGIN) / 2;
    w.text(content.signatureTitle, { x: MARGIN + half, width: half, bold: true, center: true });
    w.text(content.signatureHint, { x: MARGIN + half, width: half, size: 9, center: true });
    w.gap(30);
    w.text(content.signature, { x: MARGIN + half, width: half, center: true });
  });
  return doc.save();
}
