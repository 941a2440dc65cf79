import { and, avg, count, eq, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossierRatings, dossiers } from "@/db/schema";
import { mayRate } from "@/lib/workflow/citizen-options";
import { DOSSIER_NOT_FOUND, WorkflowError } from "@/lib/workflow/workflow-error";
import type { RatingInput } from "./criteria";

/** The owner rates a dossier once, after the result was returned. */
export async function rateDossier(db: DatabaseOrTransaction, userId: string, code: string, input: RatingInput): Promise<void> {
  const [dossier] = await db
    .select({ id: dossiers.id, status: dossiers.status, unitId: dossiers.unitId })
    .from(dossiers)
    .where(and(eq(dossiers.code, code), eq(dossiers.userId, userId)));
  if (!dossier) throw new WorkflowError("not-found", DOSSIER_NOT_FOUND);
  if (!mayRate(dossier.status)) throw new WorkflowError("refused", { key: "rateOnlyReturned" });
  const inserted = await db
    .insert(dossierRatings)
    .values({
      dossierId: dossier.id,
      userId,
      unitId: dossier.unitId,
      scores: input.scores,
      easeOfUse: input.easeOfUse,
      overall: input.overall,
      comment: input.comment,
    })
    .onConflictDoNothing()
    .returning({ id: dossierRatings.dossierId });
  if (inserted.length === 0) throw new WorkflowError("refused", { key: "alreadyRated" });
}

/** A unit's ratings: how many, the average share of points, and the share satisfied overall. */
export async function summarizeUnitRatings(db: DatabaseOrTransaction, unitId: number) {
  const [row] = await db
    .select({
      count: count(),
      averagePercent: avg(sql`(select sum(s) from unnest(${dossierRatings.scores}) s) * 100.0 / 18`),
      satisfiedPercent: avg(sql`case when ${dossierRatings.overall} >= 1 then 100.0 else 0 end`),
    })
    .from(dossierRatings)
    .where(eq(dossierRatings.unitId, unitId));
  return {
    count: row?.count ?? 0,
    averagePercent: row?.averagePercent === null || row?.averagePercent === undefined ? null : Math.round(Number(row.averagePercent) * 10) / 10,
    satisfiedPercent:
      row?.satisfiedPercent === null || row?.satisfiedPercent === undefined ? null : Math.round(Number(row.satisfiedPercent) * 10) / 10,
  };
}
