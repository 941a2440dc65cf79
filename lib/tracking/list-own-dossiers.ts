import { and, count, desc, eq, type SQL } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers } from "@/db/schema";
import type { DossierStatus } from "@/lib/workflow/statuses";

const DOSSIERS_PER_PAGE = 20;

export interface OwnDossierRow {
  code: string;
  serviceName: string;
  status: DossierStatus;
  submittedAt: Date;
  dueAt: Date;
  /** When it was processed or ended (refused, withdrawn, stopped); null while it runs. */
  completedAt: Date | null;
}

/** The user's submitted dossiers, newest first, optionally of one status, one page at a time. */
export async function listOwnDossiers(
  db: DatabaseOrTransaction,
  userId: string,
  options: { status?: DossierStatus; page?: number } = {},
): Promise<{ rows: OwnDossierRow[]; total: number; page: number; pages: number }> {
  const conditions: SQL[] = [eq(dossiers.userId, userId)];
  if (options.status) conditions.push(eq(dossiers.status, options.status));
  const where = and(...conditions);
  const [totalRow] = await db.select({ total: count() }).from(dossiers).where(where);
  const total = totalRow?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / DOSSIERS_PER_PAGE));
  const page = Math.min(Math.max(1, options.page ?? 1), pages);
  const rows = await db
    .select({
      code: dossiers.code,
      serviceName: dossiers.serviceName,
      status: dossiers.status,
      submittedAt: dossiers.submittedAt,
      dueAt: dossiers.dueAt,
      completedAt: dossiers.completedAt,
    })
    .from(dossiers)
    .where(where)
    .orderBy(desc(dossiers.submittedAt), desc(dossiers.code))
    .limit(DOSSIERS_PER_PAGE)
    .offset((page - 1) * DOSSIERS_PER_PAGE);
  return { rows, total, page, pages };
}
