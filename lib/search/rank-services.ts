import { queryTokens } from "./normalize-text";

/** One candidate of a search: its keys and the trigram similarity of its name to the query. */
export interface SearchCandidate {
  id: number;
  nameNorm: string;
  searchNorm: string;
  popularity: number;
  /** pg_trgm word_similarity(query, name_norm), 0..1 (0 where it is not computed, as in the in-memory index). */
  nameSimilarity: number;
}

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

/** Orders the candidates of a search; those that do not match are left out. */
export function rankServices<T extends SearchCandidate>(query: string, candidates: T[]): T[] {
  const ranked: { candidate: T; tier: number }[] = [];
  for (const candidate of candidates) {
    const tier = matchTier(query, candidate);
    if (tier !== null) ranked.push({ candidate, tier });
  }
  ranked.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.candidate.nameSimilarity - a.candidate.nameSimilarity ||
      b.candidate.popularity - a.candidate.popularity ||
      a.candidate.nameNorm.length - b.candidate.nameNorm.length ||
      a.candidate.id - b.candidate.id,
  );
  return ranked.map((r) => r.candidate);
}
