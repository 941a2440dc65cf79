import { describe, expect, it } from "vitest";
import { isSameOriginRequest, refuseForeignMutation } from "./same-origin";

const PORTAL = "https://dichvucong.quangnam.gov.vn";

function request(headers: Record<string, string>) {
  return new Request("http://127.0.0.1:3000/api/v1/dossiers", { method: "POST", headers: { host: "127.0.0.1:3000", ...headers } });
}

describe("isSameOriginRequest", () => {
  it("accepts the request's own origin, the one a proxy forwards, and PORTAL_URL's", () => {
    expect(isSameOriginRequest(request({ origin: "http://127.0.0.1:3000" }), PORTAL)).toBe(true);
    expect(isSameOriginRequest(request({ origin: "https://portal.example", "x-forwarded-host": "portal.example" }), PORTAL)).toBe(true);
    expect(isSameOriginRequest(request({ origin: PORTAL }), PORTAL)).toBe(true);
  });

  it("refuses another port, another host, a null origin and garbage", () => {
    for (const origin of ["http://127.0.0.1:3001", "http://localhost:3000", "https://evil.example", "null", "not a url", "javascript:alert(1)"]) {
      expect(isSameOriginRequest(request({ origin }), PORTAL), origin).toBe(false);
    }
  });

  it("without Origin, follows Sec-Fetch-Site; with neither header it is not a browser", () => {
    expect(isSameOriginRequest(request({ "sec-fetch-site": "same-origin" }), PORTAL)).toBe(true);
    expect(isSameOriginRequest(request({ "sec-fetch-site": "none" }), PORTAL)).toBe(true);
    expect(isSameOriginRequest(request({ "sec-fetch-site": "same-site" }), PORTAL)).toBe(false);
    expect(isSameOriginRequest(request({ "sec-fetch-site": "cross-site" }), PORTAL)).toBe(false);
    expect(isSameOriginRequest(request({}), PORTAL)).toBe(true);
  });
});

describe("refuseForeignMutation", () => {
  it("answers 403 to another origin and 415 to the wrong media type, as JSON or as a page", async () => {
    const foreign = refuseForeignMutation(request({ origin: "http://127.0.0.1:3001", "content-type": "application/json" }), {
      mediaType: "application/json",
      answer: "json",
    });
    expect(foreign?.status).toBe(403);
    expect(await foreign?.json()).toMatchObject({ error: "cross_origin" });
    const plain = refuseForeignMutation(request({ origin: "http://127.0.0.1:3000", "content-type": "text/plain" }), {
      mediaType: "application/json",
      answer: "json",
    });
    expect(plain?.status).toBe(415);
    const form = refuseForeignMutation(request({ "content-type": "application/x-www-form-urlencoded" }), {
      mediaType: "multipart/form-data",
      answer: "page",
    });
    expect(form?.status).toBe(415);
    expect(form?.headers.get("content-type")).toContain("text/html");
    expect(await form?.text()).toContain("multipart/form-data");
  });

  it("lets the portal's own request through, media-type parameters and case aside", () => {
    const ok = request({ origin: "http://127.0.0.1:3000", "content-type": "Multipart/Form-Data; boundary=x" });
    expect(refuseForeignMutation(ok, { mediaType: "multipart/form-data", answer: "page" })).toBeNull();
    expect(refuseForeignMutation(request({ origin: "http://127.0.0.1:3000", "content-type": "application/pdf" }), { answer: "json" })).toBeNull();
  });
});
