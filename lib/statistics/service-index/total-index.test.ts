import { describe, expect, it } from "vitest";
import { COMPONENTS, COMPONENT_KEYS } from "./components";
import { rankSubjects } from "./rank-subjects";
import { computeIndex, type IndexInputs } from "./total-index";

const inputs: IndexInputs = {
  catalog: { services: 20, fullContent: 20, offeredOnline: 16, usedOnline: 8, feeServices: 10, feeServicesOnline: 10, feeServicesPaidOnline: 5 },
  dossiers: { received: 1000, resolvedInTime: 950, receivedOnline: 250 },
  payments: { paidDossiers: 200, paidOnline: 100 },
  ratings: { rated: 50, satisfied: 45 },
  results: { returned: 800, electronic: 200 },
  complaints: null,
};

describe("the 100-point index", () => {
  it("has six groups adding to 100", () => {
    expect(COMPONENT_KEYS.reduce((s, k) => s + COMPONENTS[k].max, 0)).toBe(100);
  });

  it("sums the measured components and scales them to 100 over the measured maximum", () => {
    // full content 2; progress 20 × 0,95 = 19; online: A 0,8 → 2, B 0,5 → 2, C 0,25 → 3;
    // payment: 6 × 0,5 = 3, 2 × 1 = 2, 2 × 0,5 = 1; satisfaction 0,9 → 6; electronic results 6 × 0,25 = 1,5.
    // Points 2 + 19 + 7 + 6 + 6 + 1,5 = 41,5 over 2 + 20 + 12 + 10 + 6 + 6 = 56 measured → 74,107…
    const index = computeIndex(inputs);
    expect(index.points).toBeCloseTo(41.5, 10);
    expect(index.measuredMax).toBe(56);
    expect(index.scaled).toBeCloseTo((41.5 * 100) / 56, 10);
    const byGroup = Object.fromEntries(index.groups.map((g) => [g.group, [g.points, g.measuredMax, g.max]]));
    expect(byGroup).toEqual({
      transparency: [2, 2, 18],
      progress: [expect.closeTo(19, 10), 20, 20],
      onlineServices: [expect.closeTo(7, 10), 12, 12],
      onlinePayment: [expect.closeTo(6, 10), 10, 10],
      satisfaction: [expect.closeTo(6, 10), 6, 18],
      digitization: [expect.closeTo(1.5, 10), 6, 22],
    });
  });

  it("a subject with no dossiers and no procedures has nothing measured and no score", () => {
    const empty: IndexInputs = {
      catalog: { services: 0, fullContent: 0, offeredOnline: 0, usedOnline: 0, feeServices: 0, feeServicesOnline: 0, feeServicesPaidOnline: 0 },
      dossiers: { received: 0, resolvedInTime: 0, receivedOnline: 0 },
      payments: { paidDossiers: 0, paidOnline: 0 },
      ratings: { rated: 0, satisfied: 0 },
      results: { returned: 0, electronic: 0 },
      complaints: null,
    };
    const index = computeIndex(empty);
    expect(index).toMatchObject({ points: 0, measuredMax: 0, scaled: null });
  });

  it("ranks best first, ties share a rank, unmeasured subjects come last unranked", () => {
    const score = (scaled: number | null) => ({ groups: [], points: 0, measuredMax: scaled === null ? 0 : 100, scaled });
    const ranked = rankSubjects([
      { subject: "a", score: score(80) },
      { subject: "b", score: score(null) },
      { subject: "c", score: score(91.5) },
      { subject: "d", score: score(80.001) },
      { subject: "e", score: score(70) },
    ]);
    expect(ranked.map((r) => [r.subject, r.rank])).toEqual([
      ["c", 1],
      ["a", 2],
      ["d", 2],
      ["e", 4],
      ["b", null],
    ]);
  });
});
