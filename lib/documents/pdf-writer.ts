import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { intlTag, type Locale } from "@/lib/i18n/locales";

const FONT_DIR = path.join(process.cwd(), "node_modules/@expo-google-fonts/be-vietnam-pro");
export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 50;
export const INK = rgb(0.1, 0.1, 0.12);

let fontBytes: Promise<[Uint8Array, Uint8Array]> | undefined;
function loadFonts(): Promise<[Uint8Array, Uint8Array]> {
  fontBytes ??= Promise.all([
    readFile(path.join(FONT_DIR, "400Regular/BeVietnamPro_400Regular.ttf")),
    readFile(path.join(FONT_DIR, "700Bold/BeVietnamPro_700Bold.ttf")),
  ]);
  return fontBytes;
}

/** Splits text into lines that fit `width` at `size`. */
export function wrapText(text: string, font: Pick<PDFFont, "widthOfTextAtSize">, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

class Writer {
  y = A4[1] - MARGIN;
  page: PDFPage;
  constructor(
    private readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.page = doc.addPage(A4);
  }
  ensure(height: number) {
    if (this.y - height < MARGIN) {
      this.page = this.doc.addPage(A4);
      this.y = A4[1] - MARGIN;
    }
  }
  text(text: string, options: { x?: number; width?: number; size?: number; bold?: boolean; center?: boolean } = {}) {
    const size = options.size ?? 10.5;
    const font = options.bold ? this.bold : this.regular;
    const x = options.x ?? MARGIN;
    const width = options.width ?? A4[0] - MARGIN - x;
    for (const line of wrapText(text, font, size, width)) {
      this.ensure(size * 1.45);
      const lineX = options.center ? x + (width - font.widthOfTextAtSize(line, size)) / 2 : x;
      this.page.drawText(line, { x: lineX, y: this.y - size, size, font, color: INK });
      this.y -= size * 1.45;
    }
  }
  gap(height: number) {
    this.y -= height;
  }
  /** Starts a new page (a translated document's original begins on a page of its own). */
  newPage() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
}

/** A new A4 document with the portal's Vietnamese font, and a writer on its first page. */
export async function createPdfWriter(meta: {
  title: string;
  subject: string;
  author: string;
  locale?: Locale;
}): Promise<{ doc: PDFDocument; w: Writer }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(meta.title);
  doc.setSubject(meta.subject);
  doc.setAuthor(meta.author);
  doc.setLanguage(intlTag(meta.locale ?? "vi"));
  const [regularBytes, boldBytes] = await loadFonts();
  const w = new Writer(doc, await doc.embedFont(regularBytes, { subset: true }), await doc.embedFont(boldBytes, { subset: true }));
  return { doc, w };
}

/** The two-column heading of administrative documents: the issuing body left, the national motto right. */
export function drawAdministrativeHeader(
  w: Writer,
  left: readonly [string, string],
  motto: readonly [string, string] = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
): void {
  const half = (A4[0] - 2 * MARGIN) / 2;
  const top = w.y;
  w.text(left[0], { width: half - 10, size: 9.5, center: true });
  w.text(left[1], { width: half - 10, size: 9.5, bold: true, center: true });
  const leftBottom = w.y;
  w.y = top;
  w.text(motto[0], { x: MARGIN + half, width: half, size: 9.5, bold: true, center: true });
  w.text(motto[1], { x: MARGIN + half, width: half, size: 9.5, bold: true, center: true });
  w.y = Math.min(w.y, leftBottom) - 18;
}

export function drawTable(w: Writer, columns: readonly string[], rows: readonly string[][]) {
  const widths = [28, 275, 100, 92];
  const size = 9.5;
  const drawRow = (cells: readonly string[], bold: boolean) => {
    const font = bold ? w.bold : w.regular;
    const wrapped = cells.map((cell, i) => wrapText(cell, font, size, (widths[i] ?? 80) - 8));
    const height = Math.max(...wrapped.map((l) => l.length)) * size * 1.35 + 6;
    w.ensure(height);
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      const cellWidth = widths[i] ?? 80;
      w.page.drawRectangle({ x, y: w.y - height, width: cellWidth, height, borderColor: INK, borderWidth: 0.5 });
      lines.forEach((line, j) => {
        w.page.drawText(line, { x: x + 4, y: w.y - 4 - size - j * size * 1.35, size, font, color: INK });
      });
      x += cellWidth;
    });
    w.y -= height;
  };
  drawRow(columns, true);
  for (const row of rows) drawRow(row, false);
}
