import type { IndexScore } from "./total-index";

export interface Ranked<T> {
  subject: T;
  score: IndexScore;
  /** 1 for the best; equal scores share a rank (1, 2, 2, 4); null when nothing was measured. */
  rank: number | null;
}

/** Scores are compared rounded to two decimals, the precision the page shows. */
const key = (score: IndexScore) => (score.scaled === null ? null : Math.round(score.scaled * 100));

/**
 * Best first by the score on the 100-point scale (points over the measured maximum); subjects with
 * nothing measured come last, unranked, in their given order.
 */
export function rankSubjects<T>(items: readonly { subject: T; score: IndexScore }[]): Ranked<T>[] {
  const scored = items.filter((i) => key(i.score) !== null).sort((a, b) => key(b.score)! - key(a.score)!);
  const ranked: Ranked<T>[] = scored.map((item, i) => ({ ...item, rank: i + 1 }));
  for (let i = 1; i < ranked.length; i++) {
    if (key(ranked[i]!.score) === key(ranked[i - 1]!.score)) ranked[i]!.rank = ranked[i - 1]!.rank;
  }
  return [...ranked, ...items.filter((i) => key(i.score) === null).map((item) => ({ ...item, rank: null }))];
}
