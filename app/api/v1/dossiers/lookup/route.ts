import { jsonError, withApiErrors } from "@/lib/api/json";
import { tracking } from "@/lib/messages/tracking";
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
    switch (outcome.kind) {
      case "rate_limited": {
        const response = jsonError(429, "rate_limited", tracking.lookup.rateLimited(outcome.retryAfterSeconds));
        response.headers.set("Retry-After", String(outcome.retryAfterSeconds));
        return response;
      }
      case "invalid":
        return jsonError(400, "invalid_input", "Tham số không hợp lệ.", { fields: outcome.fieldErrors });
      case "not_found":
        return jsonError(404, "not_found", tracking.lookup.notFound);
      case "found":
        return Response.json(outcome.dossier, { headers: { "Cache-Control": "no-store" } });
    }
  });
}
