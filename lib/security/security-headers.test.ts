import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaderRules } from "./security-headers.mjs";

function headersOf(rules: ReturnType<typeof securityHeaderRules>, source: string) {
  return Object.fromEntries(rules.find((r) => r.source === source)!.headers.map((h) => [h.key, h.value]));
}

describe("security headers", () => {
  it("give every page a CSP without eval, plugins or framing, and the other headers", () => {
    const all = headersOf(securityHeaderRules({ NODE_ENV: "production" }), "/:path*");
    expect(all["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(all["Content-Security-Policy"]).toContain("object-src 'none'");
    expect(all["Content-Security-Policy"]).toContain("script-src 'self' 'unsafe-inline';");
    expect(all["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(all["Content-Security-Policy"]).not.toContain("upgrade-insecure-requests");
    expect(all).toMatchObject({ "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin" });
    expect(all["Permissions-Policy"]).toContain("camera=()");
    expect(all["Strict-Transport-Security"]).toBeUndefined();
  });

  it("add HSTS and upgrade-insecure-requests only when the portal is https", () => {
    const https = headersOf(securityHeaderRules({ NODE_ENV: "production", PORTAL_URL: "https://dichvucong.quangnam.gov.vn" }), "/:path*");
    expect(https["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("allow eval only under next dev, and the OIDC provider as a form target", () => {
    expect(contentSecurityPolicy({ NODE_ENV: "development" })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ NODE_ENV: "production", OIDC_ISSUER: "https://sso.vneid.gov.vn/realms/x" })).toContain(
      "form-action 'self' https://sso.vneid.gov.vn;",
    );
  });

  it("give file routes a policy of their own that Chrome's PDF viewer survives, after the page one", () => {
    const rules = securityHeaderRules({ NODE_ENV: "production" });
    const files = rules.slice(1);
    expect(files.map((r) => r.source)).toEqual(["/ho-so/:code/:file(tep|phieu|phieu-tiep-nhan)/:rest*", "/quan-tri/ho-so/:code/:file(tep)/:rest*"]);
    for (const rule of files) expect(rule.headers).toEqual([{ key: "Content-Security-Policy", value: "frame-ancestors 'none'" }]);
  });
});
