import { jsonError, withApiErrors } from "@/lib/api/json";
import { translatorFor } from "@/lib/i18n/translator";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { runPublicLookup } from "@/lib/tracking/run-public-lookup";
import { withDatabase } from "@/lib/database/with-database";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/dossiers/lookup?code=&idNumber= — the public lookup as JSON: status and timeline only.
 * 400 malformed input, 404 (one body) when the code or the ID number is wrong, 429 with Retry-After.
 */
export async function GET(request: Request) {
  return withApiErrors(async () => {
    const params = new URL(request.url).searchParams;
    const outcome = await withDatabase(runPublicLookup, clientAddressFrom(request.headers), {
      code: params.get("code") ?? undefined,
      idNumber: params.get("idNumber") ?? undefined,
    });
    // One address for every language (docs/i18n.md): the API answers in Vietnamese.
    const t = translatorFor("vi", "tracking");
    switch (outcome.kind) {
      case "rate_limited": {
        const response = jsonError(429, "rate_limited", t("lookup.rateLimited", { seconds: outcome.retryAfterSeconds }));
        response.headers.set("Retry-After", String(outcome.retryAfterSeconds));
        return response;
      }
      case "invalid":
        return jsonError(400, "invalid_input", "Tham số không hợp lệ.", { fields: vietnameseFieldErrors(outcome.fieldErrors) });
      case "not_found":
        return jsonError(404, "not_found", t("lookup.notFound"));
      case "found":
        return Response.json(outcome.dossier, { headers: { "Cache-Control": "no-store" } });
    }
  });
}

/** The schema's field errors are catalog keys ("validation.tracking.codeRequired"): the API sends their text. */
function vietnameseFieldErrors(fields: Record<string, string | undefined>): Record<string, string> {
  const v = translatorFor("vi", "validation");
  return Object.fromEntries(
    Object.entries(fields).flatMap(([name, key]) =>
      key ? [[name, key.startsWith("validation.") ? v(key.slice("validation.".length) as never) : key]] : [],
    ),
  );
}
