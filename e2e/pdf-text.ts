import { inflateSync } from "node:zlib";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from "pdf-lib";

/**
 * The text of a PDF the portal made (pdf-lib with embedded subset fonts), page by page, so a test can read
 * a downloaded slip. Enough for our own PDFs: `Tf` picks a font, `<hex> Tj` draws glyphs, and each font's
 * ToUnicode map turns glyph ids back into text. Not a general PDF reader.
 */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: string[]; title: string | undefined; language: string | undefined }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = doc.context;
  const lookup = (obj: PDFObject | undefined): PDFObject | undefined => (obj instanceof PDFRef ? ctx.lookup(obj) : obj);
  const streamText = (obj: PDFObject | undefined): string => {
    const stream = lookup(obj);
    if (!(stream instanceof PDFRawStream)) return "";
    const filter = stream.dict.get(PDFName.of("Filter"));
    const raw = Buffer.from(stream.contents);
    return (filter ? inflateSync(raw) : raw).toString("latin1");
  };
  const unicodeMap = (cmap: string): Map<string, string> => {
    const map = new Map<string, string>();
    const hexText = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, src, dst] of (block[1] ?? "").matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
        map.set((src ?? "").toUpperCase(), hexText(dst ?? ""));
    }
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, lo, hi, dst] of (block[1] ?? "").matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        const start = parseInt(lo ?? "0", 16);
        const base = parseInt(dst ?? "0", 16);
        for (let g = start; g <= parseInt(hi ?? "0", 16); g++)
          map.set(g.toString(16).toUpperCase().padStart(4, "0"), String.fromCodePoint(base + g - start));
      }
    }
    return map;
  };

  const pages = doc.getPages().map((page) => {
    const fonts = new Map<string, Map<string, string>>();
    const resources = lookup(page.node.get(PDFName.of("Resources")));
    const fontDict = resources instanceof PDFDict ? lookup(resources.get(PDFName.of("Font"))) : undefined;
    if (fontDict instanceof PDFDict) {
      for (const [name, ref] of fontDict.entries()) {
        const font = lookup(ref);
        if (font instanceof PDFDict) fonts.set(name.asString(), unicodeMap(streamText(font.get(PDFName.of("ToUnicode")))));
      }
    }
    const contents = lookup(page.node.get(PDFName.of("Contents")));
    const parts = contents instanceof PDFArray ? contents.asArray().map(streamText) : [streamText(contents)];
    const lines: string[] = [];
    let current = new Map<string, string>();
    for (const match of parts.join("\n").matchAll(/(\/[^\s/]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (match[1]) current = fonts.get(match[1]) ?? new Map();
      else lines.push((match[2]?.match(/.{4}/g) ?? []).map((g) => current.get(g.toUpperCase()) ?? "").join(""));
    }
    return lines.join("\n");
  });
  const language = lookup(doc.catalog.get(PDFName.of("Lang")));
  return { pages, title: doc.getTitle(), language: language ? String(language).replace(/^\(|\)$/g, "") : undefined };
}
