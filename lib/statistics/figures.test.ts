import { describe, expect, it } from "vitest";
import { emptySums, figuresOf, figuresOfSlices, type RollupSums } from "./figures";

const sums = (values: Partial<RollupSums>): RollupSums => ({ ...emptySums(), ...values });

describe("the report's figures from the roll-up sums (docs/statistics.md)", () => {
  it("carries over what entered before and did not close, and keeps the identity", () => {
    // Before: 10 entered, 6 resolved, 1 refused → 3 open, of which 2 fell due and 1 of those closed late → 1 overdue.
    const before = sums({ received: 10, resolvedEarly: 4, resolvedOnTime: 1, resolvedLate: 1, refused: 1, overdueFrom: 2, closedAfterDue: 1 });
    // Within: 20 entered (12 online, 7 in person, 1 by post), 15 resolved (9 online), 1 withdrawn, 1 stopped.
    const within = sums({
      received: 20,
      receivedOnline: 12,
      receivedInPerson: 7,
      receivedPostal: 1,
      resolvedEarly: 10,
      resolvedOnTime: 3,
      resolvedLate: 2,
      resolvedOnline: 9,
      withdrawn: 1,
      stopped: 1,
      overdueFrom: 3,
      closedAfterDue: 2,
    });
    const f = figuresOf(before, within);
    expect(f).toMatchObject({ carriedOver: 3, received: 20, toHandle: 23, resolved: 15, inProgress: 6, inProgressOverdue: 2, inProgressInTime: 4 });
    expect(f.carriedOver + f.received).toBe(f.resolved + f.refused + f.withdrawn + f.stopped + f.inProgress);
    expect(f.onTimeRate).toBeCloseTo(13 / 15);
    expect(f.onlineRate).toBeCloseTo(9 / 15);
  });

  it("has no rates when nothing was resolved", () => {
    expect(figuresOf(emptySums(), sums({ received: 2 }))).toMatchObject({ onTimeRate: null, onlineRate: null, inProgress: 2 });
  });

  it("chains monthly slices: each month starts with the stock the previous one left", () => {
    const months = figuresOfSlices(sums({ received: 5, resolvedOnTime: 2 }), [sums({ received: 4, resolvedEarly: 6 }), sums({ received: 1 })]);
    expect(months.map((m) => [m.carriedOver, m.inProgress])).toEqual([
      [3, 1],
      [1, 2],
    ]);
  });
});
