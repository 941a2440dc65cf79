/**
 * A 303 to a path of this site with a relative Location: behind a proxy, or when the browser came by
 * 127.0.0.1, an absolute URL built from request.url can name another host and lose the session cookie.
 */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}
