import { jsonError, withApiErrors } from "@/lib/api/json";
import { getCurrentUser } from "@/lib/auth/current-user";
import { dossierJson } from "@/lib/dossiers/dossier-json";
import { filingRefusalKey } from "@/lib/dossiers/filing-rights";
import { fieldMessagesText, fieldMessageText } from "@/lib/forms/field-message";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { isUuid } from "@/lib/validation/boundary-schemas";
import { submitDossierDirectly } from "@/lib/dossiers/submit-dossier-directly";
import { API_JSON_MAX_BYTES, bodyTooLargeJson, readBoundedJson } from "@/lib/http/bounded-body";
import { refuseForeignMutation } from "@/lib/http/same-origin";
import { withDatabase } from "@/lib/database/with-database";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/dossiers — one-shot online submission without uploads (integrators, the bench).
 * Signed-in citizen or business session cookie required (officers get 403; so does an account the
 * service's audience excludes), from the portal's own origin, as application/json (at most
 * API_JSON_MAX_BYTES). Idempotency-Key (UUID, optional): a retry with the same key returns
 * the same dossier with 200 instead of 201. An optional `locale` ("vi" or "en") marks the dossier's
 * language (docs/i18n.md) and is the language of the error messages; Vietnamese by default.
 */
export async function POST(request: Request) {
  return withApiErrors(async () => {
    const refused = refuseForeignMutation(request, { mediaType: "application/json", answer: "json" });
    if (refused) return refused;
    const vi = translatorFor(DEFAULT_LOCALE, "submission");
    const user = await getCurrentUser();
    if (!user) return jsonError(401, "unauthenticated", vi("api.signIn"));
    const refusalText = (locale: typeof DEFAULT_LOCALE | "en", key: string) => fieldMessageText(translatorFor(locale, "validation") as never, key);
    if (user.kind === "officer") return jsonError(403, "forbidden", refusalText(DEFAULT_LOCALE, filingRefusalKey("officer")));
    const key = request.headers.get("idempotency-key")?.trim() || undefined;
    if (key !== undefined && !isUuid(key)) return jsonError(400, "invalid_idempotency_key", vi("api.badIdempotencyKey"));
    const body = await readBoundedJson(request, API_JSON_MAX_BYTES);
    if (!body.ok && body.reason === "too_large") return bodyTooLargeJson(API_JSON_MAX_BYTES);
    if (!body.ok) return jsonError(400, "invalid_json", vi("api.badJson"));
    const asked = (body.value as { locale?: unknown } | null)?.locale;
    const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
    const t = translatorFor(locale, "submission");
    const result = await withDatabase(submitDossierDirectly, { userId: user.id, idempotencyKey: key?.toLowerCase(), body: body.value });
    if (!result.ok && result.reason === "invalid") {
      const fields = fieldMessagesText(translatorFor(locale, "validation") as never, result.errors);
      return jsonError(400, "invalid_input", t("api.invalid"), { fields });
    }
    if (!result.ok && result.reason === "forbidden") return jsonError(403, "forbidden", refusalText(locale, filingRefusalKey(result.refusal)));
    if (!result.ok) return jsonError(409, "idempotency_conflict", t("api.idempotencyConflict"));
    return Response.json(dossierJson(result.dossier), {
      status: result.created ? 201 : 200,
      headers: { "Cache-Control": "no-store", Location: `/ho-so/${encodeURIComponent(result.dossier.code)}` },
    });
  });
}
