import { sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossierCodeCounters } from "@/db/schema";
import { formatDossierCode, receiptDay } from "./dossier-code";

/**
 * Takes the next running number of the agency for the receipt day with one atomic upsert. The counter
 * row stays locked until the caller's transaction ends, so concurrent submissions (in any app instance)
 * get consecutive, distinct numbers; a rolled-back submission gives its number back.
 */
export async function allocateDossierCode(tx: DatabaseOrTransaction, agencyCode: string, at: Date): Promise<string> {
  const day = receiptDay(at);
  const [row] = await tx
    .insert(dossierCodeCounters)
    .values({ agencyCode, day, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [dossierCodeCounters.agencyCode, dossierCodeCounters.day],
      set: { lastNumber: sql`dossier_code_counters.last_number + 1` },
    })
    .returning({ lastNumber: dossierCodeCounters.lastNumber });
  if (!row) throw new Error("dossier_code_counters upsert returned no row");
  return formatDossierCode(agencyCode, at, row.lastNumber);
}
