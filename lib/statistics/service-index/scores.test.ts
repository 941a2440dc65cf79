import { describe, expect, it } from "vitest";
import { scoreDigitization } from "./score-digitization";
import { scoreOnlinePayment } from "./score-online-payment";
import { scoreOnlineServices } from "./score-online-services";
import { scoreProgress } from "./score-progress";
import { scoreSatisfaction } from "./score-satisfaction";
import { scoreTransparency } from "./score-transparency";
import type { ComponentScore } from "./components";

const points = (scores: ComponentScore[]) => Object.fromEntries(scores.map((s) => [s.key, s.points]));

describe("progress (20 × on-time resolved / received)", () => {
  it("gives 20 × 485 / 500 = 19,4", () => {
    expect(scoreProgress({ received: 500, resolvedInTime: 485 })[0]!.points).toBeCloseTo(19.4, 10);
  });
  it("stops at 20 when carried-over dossiers make the quotient pass 1 (130 / 100)", () => {
    expect(scoreProgress({ received: 100, resolvedInTime: 130 })[0]!.points).toBe(20);
  });
  it("is not measured when nothing was received", () => {
    const [c] = scoreProgress({ received: 0, resolvedInTime: 3 });
    expect(c).toMatchObject({ points: null, unmeasured: "no-data" });
  });
});

describe("online services (min(2, 2A/0,8) + 4B + min(6, 6C/0,5))", () => {
  it("A = 30/50 = 0,6 → 1,5; B = 12/30 = 0,4 → 1,6; C = 200/1000 = 0,2 → 2,4", () => {
    const scores = scoreOnlineServices({ services: 50, offeredOnline: 30, usedOnline: 12, received: 1000, receivedOnline: 200 });
    expect(scores.map((s) => s.points)).toEqual([expect.closeTo(1.5, 10), expect.closeTo(1.6, 10), expect.closeTo(2.4, 10)]);
  });
  it("caps A at 2 from 80 % and C at 6 from 50 %: A = 45/50 → 2, C = 700/1000 → 6", () => {
    const scores = scoreOnlineServices({ services: 50, offeredOnline: 45, usedOnline: 45, received: 1000, receivedOnline: 700 });
    expect(points(scores)).toEqual({ offeredOnline: 2, usedOnline: 4, filedOnline: 6 });
  });
  it("exactly 80 % and 50 % give the full points", () => {
    const scores = scoreOnlineServices({ services: 10, offeredOnline: 8, usedOnline: 0, received: 10, receivedOnline: 5 });
    expect(points(scores)).toEqual({ offeredOnline: 2, usedOnline: 0, filedOnline: 6 });
  });
  it("B is not measured without online procedures, C without dossiers", () => {
    const scores = scoreOnlineServices({ services: 4, offeredOnline: 0, usedOnline: 0, received: 0, receivedOnline: 0 });
    expect(points(scores)).toEqual({ offeredOnline: 0, usedOnline: null, filedOnline: null });
  });
});

describe("online payment (6 × paid online share + 2 + 2 procedure-level)", () => {
  it("paid 90 of 120 online → 4,5; 8 of 10 fee procedures payable online → 1,6; 5 of 10 paid online → 1", () => {
    const scores = scoreOnlinePayment({ paidDossiers: 120, paidOnline: 90, feeServices: 10, feeServicesOnline: 8, feeServicesPaidOnline: 5 });
    expect(scores.map((s) => s.points)).toEqual([expect.closeTo(4.5, 10), expect.closeTo(1.6, 10), expect.closeTo(1, 10)]);
  });
  it("a subject without fee-bearing procedures or paid dossiers has nothing measured here", () => {
    const scores = scoreOnlinePayment({ paidDossiers: 0, paidOnline: 0, feeServices: 0, feeServicesOnline: 0, feeServicesPaidOnline: 0 });
    expect(scores.every((s) => s.points === null && s.unmeasured === "no-data")).toBe(true);
  });
});

describe("satisfaction (6 × min(1, satisfied / 90 %), complaints 6 + 6)", () => {
  it("72 satisfied of 100 rated: 0,72 / 0,9 = 0,8 → 4,8; complaints not measured without a register", () => {
    const scores = scoreSatisfaction({ rated: 100, satisfied: 72 }, null);
    expect(scores[0]!.points).toBeCloseTo(4.8, 10);
    expect(scores.slice(1).map((s) => [s.key, s.points, s.unmeasured])).toEqual([
      ["complaintsOnTime", null, "no-source"],
      ["complaintSatisfaction", null, "no-source"],
    ]);
  });
  it("full points from 90 % satisfied (95 of 100 → 6)", () => {
    expect(scoreSatisfaction({ rated: 100, satisfied: 95 }, null)[0]!.points).toBe(6);
  });
  it("takes the complaint figures once a register supplies them: 45 of 50 on time → 5,4; 30 of 40 satisfied → 4,5", () => {
    const scores = scoreSatisfaction({ rated: 0, satisfied: 0 }, { handled: 50, handledOnTime: 45, rated: 40, satisfied: 30 });
    expect(points(scores)).toEqual({
      dossierSatisfaction: null,
      complaintsOnTime: expect.closeTo(5.4, 10),
      complaintSatisfaction: expect.closeTo(4.5, 10),
    });
  });
  it("a register without rated answers measures timeliness only", () => {
    const scores = scoreSatisfaction({ rated: 10, satisfied: 9 }, { handled: 4, handledOnTime: 4, rated: null, satisfied: null });
    expect(points(scores)).toEqual({ dossierSatisfaction: 6, complaintsOnTime: 6, complaintSatisfaction: null });
  });
});

describe("digitization (electronic results 6; the other 16 points not measured)", () => {
  it("300 of 400 returned electronically → 4,5", () => {
    const scores = scoreDigitization({ returned: 400, electronic: 300 });
    expect(scores[0]!.points).toBeCloseTo(4.5, 10);
    expect(scores.slice(1).every((s) => s.points === null && s.unmeasured === "no-source")).toBe(true);
    expect(scores.slice(1).reduce((s, c) => s + c.max, 0)).toBe(16);
  });
});

describe("transparency (full content 2; timeliness and sync not measured)", () => {
  it("19 of 20 procedures complete → 1,9", () => {
    const scores = scoreTransparency({ services: 20, fullContent: 19 });
    expect(points(scores)).toEqual({ publishedOnTime: null, updatedOnTime: null, fullContent: expect.closeTo(1.9, 10), nationalSync: null });
    expect(scores.filter((s) => s.unmeasured === "no-source").reduce((s, c) => s + c.max, 0)).toBe(16);
  });
});
