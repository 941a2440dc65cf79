/**
 * A short page (Vietnamese unless `lang` says otherwise) for a refusal of a route a browser posts a form to (uploads): the browser shows
 * it as is, without the site layout, so it stays one paragraph with the way back. Messages are ours, never
 * the request's, so nothing needs escaping.
 */
export function htmlMessage(status: number, title: string, message: string, lang: "vi" | "en" = "vi"): Response {
  return new Response(`<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${title}</title><p>${message}</p></html>`, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
