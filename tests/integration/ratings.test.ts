import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossiers } from "@/db/schema";
import { ratingPercent, ratingSchema } from "@/lib/ratings/criteria";
import { rateDossier, summarizeUnitRatings } from "@/lib/ratings/rate-dossier";
import { createDossier, createUser, unitId } from "./fixtures/workflow-fixtures";
import { setupTestDatabase } from "./test-database";

let db: Database;

setupTestDatabase((handle) => (db = handle.db));

const good = ratingSchema.parse({ scores: [2, 2, 2, 2, 2, 2, 2, 1, 1], easeOfUse: 2, overall: 1, comment: "Nhanh" });

describe("ratings", () => {
  it("lets the owner rate a returned dossier once; others and open dossiers are refused", async () => {
    const unit = await unitId(db, "000.01.22.H47");
    const owner = await createUser(db, { kind: "citizen" });
    const stranger = await createUser(db, { kind: "citizen" });
    const d = await createDossier(db, { serviceCode: "1.000308", unitId: unit, userId: owner.id, submittedAt: new Date(), status: 9 });
    await expect(rateDossier(db, owner.id, d.code, good)).rejects.toMatchObject({ code: "refused" });
    await db.update(dossiers).set({ status: 10 }).where(eq(dossiers.id, d.id));
    await expect(rateDossier(db, stranger.id, d.code, good)).rejects.toMatchObject({ code: "not-found" });
    await rateDossier(db, owner.id, d.code, good);
    await expect(rateDossier(db, owner.id, d.code, good)).rejects.toMatchObject({ message: "Hồ sơ này đã được đánh giá." });
    expect(await summarizeUnitRatings(db, unit)).toEqual({ count: 1, averagePercent: 88.9, satisfiedPercent: 100 });
  });

  it("validates the form: nine scores of 0–2 and two levels", () => {
    expect(ratingPercent(good.scores)).toBe(88.9);
    const bad = ratingSchema.safeParse({ scores: [2, 2, 3], easeOfUse: "", overall: 1 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual(
      expect.arrayContaining([
        ["scores.2", "validation.tracking.rateChoose"],
        ["scores", "validation.tracking.rateAllNine"],
        ["easeOfUse", "validation.tracking.rateChoose"],
      ]),
    );
  });
});
