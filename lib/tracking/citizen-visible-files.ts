import { and, eq, inArray, or } from "drizzle-orm";
import { dossiers, files } from "@/db/schema";
import { STATUS } from "@/lib/workflow/statuses";

/**
 * Which of a dossier's files its owner may see: what they handed in (documents, supplementation) and,
 * once returned, the signed result — never the specialist's drafts. Use with files joined to dossiers.
 */
export const citizenVisibleFile = or(
  inArray(files.purpose, ["document", "supplement"]),
  and(eq(files.id, dossiers.resultFileId), eq(dossiers.status, STATUS.RETURNED)),
);
