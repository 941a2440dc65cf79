import { z } from "zod";
import { jsonError, withApiErrors } from "@/lib/api/json";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { getCurrentUser } from "@/lib/auth/current-user";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { submitFeedbackSchema } from "@/lib/feedback/feedback-schemas";
import { FEEDBACK_PATHS } from "@/lib/feedback/feedback-links";
import { submitFeedback } from "@/lib/feedback/submit-feedback";
import { withDatabase } from "@/lib/database/with-database";
import { API_JSON_MAX_BYTES, bodyTooLargeJson, readBoundedJson } from "@/lib/http/bounded-body";
import { refuseForeignMutation } from "@/lib/http/same-origin";
import { fieldMessageText } from "@/lib/forms/field-message";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/feedback — send a report, petition or question (docs/feedback.md#submitting), signed in
 * or not, from the portal's own origin, as application/json (at most API_JSON_MAX_BYTES). 201 with the
 * code; 400 with the fields; 404 when the related dossier does not exist; 409 for the same content sent
 * again within minutes; 429 with Retry-After past the per-address limit of senders without an account.
 * An optional `"locale": "vi" | "en"` is the sender's language (the item's, so their mails', docs/i18n.md)
 * and the language of the error messages; Vietnamese by default.
 */
export async function POST(request: Request) {
  return withApiErrors(async () => {
    const refused = refuseForeignMutation(request, { mediaType: "application/json", answer: "json" });
    if (refused) return refused;
    const body = await readBoundedJson(request, API_JSON_MAX_BYTES);
    if (!body.ok && body.reason === "too_large") return bodyTooLargeJson(API_JSON_MAX_BYTES);
    if (!body.ok) return jsonError(400, "invalid_json", translatorFor(DEFAULT_LOCALE, "feedbackRules")("api.badJson"));
    const asked = (body.value as { locale?: unknown } | null)?.locale;
    const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
    const parsed = submitFeedbackSchema.safeParse(body.value);
    if (!parsed.success) {
      const validation = translatorFor(locale, "validation");
      const fields = Object.fromEntries(
        Object.entries(z.flattenError(parsed.error).fieldErrors).map(([name, messages]) => [
          name,
          ((messages ?? []) as string[]).map((message) => fieldMessageText(validation as never, message)),
        ]),
      );
      return jsonError(400, "invalid_input", translatorFor(locale, "feedbackRules")("api.invalid"), { fields });
    }
    const user = await getCurrentUser();
    const result = await withDatabase(
      submitFeedback,
      { ...parsed.data, userId: user && user.kind !== "officer" ? user.id : null, clientAddress: clientAddressFrom(request.headers) },
      workflowNow(),
    );
    if (result.ok) {
      return Response.json(
        { code: result.code },
        { status: 201, headers: { "Cache-Control": "no-store", Location: FEEDBACK_PATHS.lookup(result.code) } },
      );
    }
    switch (result.error) {
      case "rate-limited": {
        const response = jsonError(429, "rate_limited", result.message);
        response.headers.set("Retry-After", String(Math.max(1, Math.ceil((result.retryAfterMs ?? 60_000) / 1000))));
        return response;
      }
      case "duplicate":
        return jsonError(409, "duplicate", result.message);
      case "dossier-not-found":
      case "unit-not-found":
        return jsonError(404, "not_found", result.message, { fields: { [result.field ?? "body"]: [result.message] } });
      default:
        return jsonError(400, "invalid_input", result.message);
    }
  });
}
