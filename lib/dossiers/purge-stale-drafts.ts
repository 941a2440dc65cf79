import { lt } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossierDrafts } from "@/db/schema";
import { deleteDrafts } from "./delete-drafts";
import type { StoredFiles } from "@/lib/storage/stored-files";

const DRAFT_MAX_AGE_DAYS = 30;
const BATCH = 500;

/** Deletes drafts untouched for 30 days, with their files. Returns the number deleted. */
export async function purgeStaleDrafts(
  db: Database,
  storage: Pick<StoredFiles, "delete">,
  now: Date = new Date(),
  maxAgeDays: number = DRAFT_MAX_AGE_DAYS,
): Promise<number> {
  const cutoff = new Date(now.getTime() - maxAgeDays * 24 * 3_600_000);
  let total = 0;
  for (;;) {
    const stale = await db.select({ id: dossierDrafts.id }).from(dossierDrafts).where(lt(dossierDrafts.updatedAt, cutoff)).limit(BATCH);
    if (stale.length === 0) return total;
    total += await deleteDrafts(
      db,
      storage,
      stale.map((d) => d.id),
    );
    if (stale.length < BATCH) return total;
  }
}
