import { queryTokens } from "./normalize-text";

/** One candidate of a search: its keys and the trigram similarity of its name to the query. */
export interface SearchCandidate {
  id: number;
  nameNorm: string;
  searchNorm: string;
  popularity: number;
  /** pg_trgm word_similarity(query, name_norm), 0..1 (0 where it is not computed, as in the in-memory index). */
  nameSimilarity: number;
  /** The English name and name-plus-summary, normalised; empty or absent where the service has none. */
  nameEnNorm?: string;
  searchEnNorm?: string;
}

/** The language a search is typed in: English also matches the English names and summaries. */
export type SearchLanguage = "vi" | "en";

/** Below this word similarity a candidate that matches no word exactly is dropped as noise. */
const FUZZY_THRESHOLD = 0.5;

/**
 * The match tier of a candidate, best first: name matches come before matches in other fields,
 * the exact phrase before scattered words; a typo is tolerated in the name only (docs/domain.md#search-index).
 * Returns null when the candidate does not match.
 */
export function matchTier(query: string, candidate: SearchCandidate): number | null {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return null;
  const name = ` ${candidate.nameNorm} `;
  const other = ` ${candidate.searchNorm} `;
  // The last word may be unfinished, as while typing: a phrase matches at the start of a word.
  const phrase = ` ${query}`;
  const hasAllWords = (text: string) => tokens.every((t) => text.includes(` ${t} `));
  const hasAllPrefixes = (text: string) => tokens.every((t) => text.includes(` ${t}`));

  if (candidate.nameNorm === query) return 0;
  if (name.startsWith(phrase)) return 1;
  if (name.includes(phrase)) return 2;
  if (hasAllWords(name)) return 3;
  if (hasAllPrefixes(name)) return 4;
  if (candidate.nameSimilarity >= FUZZY_THRESHOLD) return 5;
  if (other.includes(phrase)) return 6;
  if (hasAllWords(other)) return 7;
  if (hasAllPrefixes(other)) return 8;
  return null;
}

/** Every Vietnamese tier of an English search comes after every English one. */
const VIETNAMESE_AFTER_ENGLISH = 9;

/**
 * The match tier of a candidate for a query typed on an English page: the English name and summary are
 * matched first, with the same tiers as the Vietnamese name and other fields (no typo tolerance: the
 * trigram similarity is the Vietnamese name's); then, after all of those, the Vietnamese tiers, so a
 * Vietnamese name typed on an English page is still found (docs/i18n.md, "Catalog data").
 */
export function englishMatchTier(query: string, candidate: SearchCandidate): number | null {
  if (candidate.nameEnNorm) {
    const english = { ...candidate, nameNorm: candidate.nameEnNorm, searchNorm: candidate.searchEnNorm ?? candidate.nameEnNorm, nameSimilarity: 0 };
    const tier = matchTier(query, english);
    if (tier !== null) return tier;
  }
  const vietnamese = matchTier(query, candidate);
  return vietnamese === null ? null : VIETNAMESE_AFTER_ENGLISH + vietnamese;
}

/** Orders the candidates of a search; those that do not match are left out. */
export function rankServices<T extends SearchCandidate>(query: string, candidates: T[], language: SearchLanguage = "vi"): T[] {
  const ranked: { candidate: T; tier: number; nameLength: number }[] = [];
  for (const candidate of candidates) {
    const tier = language === "en" ? englishMatchTier(query, candidate) : matchTier(query, candidate);
    if (tier === null) continue;
    // Among English matches the shorter English name wins a tie, as the shorter name does in Vietnamese.
    const english = language === "en" && tier < VIETNAMESE_AFTER_ENGLISH && candidate.nameEnNorm;
    ranked.push({ candidate, tier, nameLength: english ? english.length : candidate.nameNorm.length });
  }
  ranked.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.candidate.nameSimilarity - a.candidate.nameSimilarity ||
      b.candidate.popularity - a.candidate.popularity ||
      a.nameLength - b.nameLength ||
      a.candidate.id - b.candidate.id,
  );
  return ranked.map((r) => r.candidate);
}
