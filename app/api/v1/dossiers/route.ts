import { jsonError, withApiErrors } from "@/lib/api/json";
import { getCurrentUser } from "@/lib/auth/current-user";
import { dossierJson } from "@/lib/dossiers/dossier-json";
import { filingRefusalMessage } from "@/lib/dossiers/filing-rights";
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
 * the same dossier with 200 instead of 201.
 */
export async function POST(request: Request) {
  return withApiErrors(async () => {
    const refused = refuseForeignMutation(request, { mediaType: "application/json", answer: "json" });
    if (refused) return refused;
    const user = await getCurrentUser();
    if (!user) return jsonError(401, "unauthenticated", "Vui lòng đăng nhập để nộp hồ sơ.");
    if (user.kind === "officer") return jsonError(403, "forbidden", filingRefusalMessage("officer"));
    const key = request.headers.get("idempotency-key")?.trim() || undefined;
    if (key !== undefined && !isUuid(key)) return jsonError(400, "invalid_idempotency_key", "Idempotency-Key phải là một UUID.");
    const body = await readBoundedJson(request, API_JSON_MAX_BYTES);
    if (!body.ok && body.reason === "too_large") return bodyTooLargeJson(API_JSON_MAX_BYTES);
    if (!body.ok) return jsonError(400, "invalid_json", "Nội dung yêu cầu không phải JSON hợp lệ.");
    const result = await withDatabase(submitDossierDirectly, { userId: user.id, idempotencyKey: key?.toLowerCase(), body: body.value });
    if (!result.ok && result.reason === "invalid") {
      return jsonError(400, "invalid_input", "Dữ liệu hồ sơ không hợp lệ.", { fields: result.errors });
    }
    if (!result.ok && result.reason === "forbidden") return jsonError(403, "forbidden", filingRefusalMessage(result.refusal));
    if (!result.ok) return jsonError(409, "idempotency_conflict", "Idempotency-Key này đã được dùng cho một yêu cầu khác.");
    return Response.json(dossierJson(result.dossier), {
      status: result.created ? 201 : 200,
      headers: { "Cache-Control": "no-store", Location: `/ho-so/${encodeURIComponent(result.dossier.code)}` },
    });
  });
}
