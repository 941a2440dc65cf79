/** JSON responses of the public API: errors always carry a machine code and a Vietnamese message. */
export function jsonError(status: number, error: string, message: string, extra: Record<string, unknown> = {}) {
  return Response.json({ error, message, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

/** Runs an API handler; a failure of the database becomes a 503 with a reason, never a bare 500. */
export async function withApiErrors(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    console.error("API error", error);
    return jsonError(503, "service_unavailable", "Hệ thống tạm thời không phản hồi, vui lòng thử lại sau.");
  }
}
