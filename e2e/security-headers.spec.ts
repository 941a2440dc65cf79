import { expect, test } from "./fixtures";
import { serveForeignPages } from "./security-helpers";
import { HOUSEHOLD_INCOME, signIn, submitDossier } from "./submission-helpers";

test.skip(({ isMobile }) => isMobile, "headers do not depend on the screen");

const PAGES = ["/", "/thu-tuc", "/thu-tuc/trang/2", "/thu-tuc/1.001193", "/dang-nhap", "/tra-cuu"];

test("every page carries the security headers, and the cached catalog pages stay cached", async ({ request }) => {
  for (const path of PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"], path).toContain("text/html");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["content-security-policy"], path).not.toContain("unsafe-eval");
    expect(headers, path).toMatchObject({
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
      "referrer-policy": "same-origin",
      "permissions-policy": expect.stringContaining("camera=()"),
    });
    // Served over http here: no HSTS (it is sent when PORTAL_URL is https).
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
  // The catalog's list pages are still prerendered and shared (no per-request nonce made them dynamic).
  const cached = await request.get("/thu-tuc/trang/2");
  expect(cached.headers()["cache-control"]).toMatch(/s-maxage=/);
});

test.describe("framing", () => {
  // The refusal below is the violation this test provokes on purpose.
  test.use({ allowedCspViolations: [/frame-ancestors 'none'/] });

  test("a signed-in /ho-so cannot be framed by another site; its PDFs keep a policy Chrome's viewer survives", async ({ page, baseURL }) => {
    await signIn(page, "/ho-so");
    const code = await submitDossier(page, HOUSEHOLD_INCOME);
    const slip = await page.request.get(`/ho-so/${code}/phieu-tiep-nhan`);
    expect(slip.headers()["content-type"]).toBe("application/pdf");
    expect(slip.headers()["content-security-policy"]).toBe("frame-ancestors 'none'");
    expect(slip.headers()["x-frame-options"]).toBe("DENY");

    const framed = page.waitForResponse(
      (r) => new URL(r.url()).pathname === "/ho-so" && r.request().resourceType() === "document" && r.request().frame() !== page.mainFrame(),
    );
    const attacker = await serveForeignPages({
      "/": `<!doctype html><title>x</title><iframe src="${baseURL}/ho-so" width="800" height="600"></iframe>`,
    });
    try {
      await page.goto(attacker.origin);
      const response = await framed;
      // The portal answered (the cookie went along: same site), and the browser refused to show it.
      expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
      await expect
        .poll(() =>
          page
            .frames()
            .find((f) => f !== page.mainFrame())
            ?.url(),
        )
        .toMatch(/^chrome-error:/);
    } finally {
      await attacker.close();
    }
  });
});
