import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { downloadOwnFile } from "@/lib/tracking/download-own-file";
import { getStorage } from "@/lib/storage/get-storage";
import { dossierCodeSchema, parseBoundary, uuidSchema } from "@/lib/validation/boundary-schemas";
import { withDatabase } from "@/lib/database/with-database";

const notFound = async (locale: Locale) =>
  new Response((await getTranslations({ locale, namespace: "tracking" }))("detail.fileNotFound"), {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

/** A document of the signed-in user's own dossier; 404 for anyone else (and for nobody signed in). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; code: string; fileId: string }> }) {
  const raw = await params;
  const locale = isLocale(raw.locale) ? raw.locale : DEFAULT_LOCALE;
  const code = parseBoundary(dossierCodeSchema, raw.code);
  const fileId = parseBoundary(uuidSchema, raw.fileId);
  if (!code || !fileId) return notFound(locale);
  const user = await getCurrentUser();
  if (!user) return notFound(locale);
  return withDatabase(downloadOwnFile, getStorage(), { userId: user.id, code, fileId });
}
