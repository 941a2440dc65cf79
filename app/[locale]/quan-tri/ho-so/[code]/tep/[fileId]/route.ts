import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { withDatabase } from "@/lib/database/with-database";
import { getUnitDossierFile } from "@/lib/officers/get-unit-dossier-file";
import { storedFileResponse } from "@/lib/storage/file-response";
import { getStorage } from "@/lib/storage/get-storage";
import { dossierCodeSchema, parseBoundary, uuidSchema } from "@/lib/validation/boundary-schemas";
import { mayOfficer } from "@/lib/workflow/permissions";
import { isLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

export const dynamic = "force-dynamic";

/** A dossier's file, streamed to an officer of the receiving unit only (404 for anyone else). */
export async function GET(_: Request, { params }: { params: Promise<{ locale: string; code: string; fileId: string }> }) {
  const raw = await params;
  const code = parseBoundary(dossierCodeSchema, raw.code);
  const fileId = parseBoundary(uuidSchema, raw.fileId);
  const notFound = NextResponse.json({ error: translatorFor(isLocale(raw.locale) ? raw.locale : "vi", "officer")("fileNotFound") }, { status: 404 });
  if (!code || !fileId) return notFound;
  const user = await getCurrentUser();
  if (!user || user.kind !== "officer" || !mayOfficer(user.roles, "view-dossiers")) return notFound;
  const file = await withDatabase(getUnitDossierFile, { code, fileId, unitId: user.unitId ?? -1 });
  if (!file) return notFound;
  return storedFileResponse(getStorage(), file, "inline", () => notFound);
}
