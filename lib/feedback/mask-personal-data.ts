/**
 * Masks personal data in a text before it is published (docs/feedback.md#publishing): email addresses,
 * phone numbers, identity and tax numbers (any run of 9 or more digits), and people's names — the
 * names given (the sender's) and names after a form of address (ông, bà, anh, chị …) — reduced to
 * initials. Pure; the publisher still reads and edits the result before it goes out.
 */

export const MASKED_EMAIL = "[thư điện tử đã ẩn]";
export const MASKED_NUMBER = "[số đã ẩn]";

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Digits with optional separators (spaces, dots, dashes) in between, 9 or more digits in all; +84 too.
const LONG_NUMBER = /(?:\+\s?)?\d(?:[\s.-]?\d){8,}/g;
const WORD = "\\p{Lu}[\\p{Ll}\\p{M}]*";
const TITLE = "(?:ông|bà|anh|chị|cô|chú|bác|em|cháu|cụ|ngài|Ông|Bà|Anh|Chị|Cô|Chú|Bác|Em|Cháu|Cụ|Ngài|ÔNG|BÀ)";
// Not a name already reduced to initials ("ông N.V.A." after the sender's name was masked).
const TITLED_NAME = new RegExp(`(${TITLE}\\s+)(?!\\p{Lu}\\.\\p{Lu}\\.)(${WORD}(?:\\s+${WORD}){0,4})`, "gu");

/** "Nguyễn Văn An" → "N.V.A." */
export function initials(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part.normalize("NFC").charAt(0).toUpperCase()}.`)
    .join("");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function maskPersonalData(text: string, names: readonly string[] = []): string {
  let masked = text.normalize("NFC").replace(EMAIL, MASKED_EMAIL).replace(LONG_NUMBER, MASKED_NUMBER);
  // Longest names first, so "Nguyễn Văn An" is not left as "Nguyễn Văn" + initials of "An".
  const known = [...new Set(names.map((n) => n.normalize("NFC").trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  for (const name of known) {
    masked = masked.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(name).replace(/\s+/g, "\\s+")}(?![\\p{L}])`, "giu"), initials(name));
  }
  return masked.replace(TITLED_NAME, (_, title: string, name: string) => `${title}${initials(name)}`);
}
