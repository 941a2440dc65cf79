/**
 * Folds Vietnamese text to a search key: no diacritics, đ → d, lower case, punctuation to spaces,
 * and the i/y spelling variants of a closed syllable (ký/kí, lý/lí, Mỹ/Mĩ) folded to "i".
 * Stored keys and queries go through this one function, so they always agree.
 */
export function normalizeText(input: string): string {
  return input
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/\b([bcdghklmnpqrstvx]+)y\b/g, "$1i");
}

/** The distinct words of a normalised query, in order. */
export function queryTokens(normalized: string): string[] {
  return [...new Set(normalized.split(" ").filter(Boolean))];
}
