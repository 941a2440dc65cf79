import { describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { FEEDBACK_2023, seedFeedbackHistory2023 } from "@/db/seed/feedback-history-2023";
import { feedbackStatistics } from "@/lib/feedback/feedback-statistics";
import { setupTestDatabase } from "./test-database";

let db: Database;
setupTestDatabase((h) => (db = h.db));

describe("the 1022 line's 2023 history", () => {
  it("shows the report's November exactly: 13.014 received, 12.842 handled (98,7 %), 172 forwarded", { timeout: 300_000 }, async () => {
    const started = performance.now();
    // October to December: November and the months on either side of its boundaries (the whole year is
    // the same statement twelve times; npm run seed:history writes it).
    const written = await seedFeedbackHistory2023(db, { months: [10, 11, 12] });
    console.log(`feedback history 2023: ${written} items in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(written).toBe(FEEDBACK_2023[9]!.received + FEEDBACK_2023[10]!.received + FEEDBACK_2023[11]!.received);
    const november = await feedbackStatistics(db, { from: "2023-11-01", to: "2023-11-30" });
    expect(november).toMatchObject({ received: 13_014, handled: 12_842, forwarded: 172, pending: 0 });
    expect((november.handlingRate * 100).toFixed(1)).toBe("98.7");
    expect(november.byMonth).toEqual([{ month: "2023-11", received: 13_014, handled: 12_842, forwarded: 172 }]);
    expect(Object.values(november.byChannel).reduce((a, b) => a + b, 0)).toBe(13_014);
    expect(november.byChannel.phone).toBeGreaterThan(november.byChannel.web);
    expect(november.byUnit.reduce((sum, u) => sum + u.forwarded, 0)).toBe(172);
    expect(november.forwardedAnswered).toBe(172);
    expect(november.forwardedAnsweredOnTime).toBeGreaterThan(140);
    expect(november.forwardedAnsweredOnTime).toBeLessThan(172);
    // The days around it belong to October and December.
    expect((await feedbackStatistics(db, { from: "2023-10-31", to: "2023-10-31" })).received).toBeGreaterThan(0);
    const quarter = await feedbackStatistics(db, { from: "2023-10-01", to: "2023-12-31" });
    expect(quarter.byMonth.map((m) => m.received)).toEqual(FEEDBACK_2023.slice(9).map((m) => m.received));
    expect(quarter.byMonth.map((m) => m.forwarded)).toEqual(FEEDBACK_2023.slice(9).map((m) => m.forwarded));
    expect(await seedFeedbackHistory2023(db)).toBe(0);
  });
});
