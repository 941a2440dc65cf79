import { expect, test } from "./fixtures";

test.skip(({ isMobile }) => isMobile, "the API does not depend on the screen");

test("lists and searches services", async ({ request }) => {
  const response = await request.get("/api/v1/services?q=xay%20dung&pageSize=5");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.page).toBe(1);
  expect(body.pageSize).toBe(5);
  expect(body.total).toBeGreaterThan(0);
  expect(body.items).toHaveLength(5);
  expect(body.items[0]).toMatchObject({ code: expect.any(String), name: expect.stringMatching(/xây dựng/i) });
  expect(body.items[0].field).toMatchObject({ code: expect.any(String), name: expect.any(String) });

  const all = await (await request.get("/api/v1/services")).json();
  expect(all.total).toBe(1305);
  expect(all.pageSize).toBe(20);
});

test("returns the full service with documents and form definition", async ({ request }) => {
  const response = await request.get("/api/v1/services/1.001193");
  expect(response.status()).toBe(200);
  const service = await response.json();
  expect(service.name).toBe("Đăng ký khai sinh");
  expect(service.documents.length).toBeGreaterThan(0);
  expect(service.formDefinition.length).toBeGreaterThan(0);
  expect(service.formDefinition[0]).toMatchObject({ name: expect.any(String), label: expect.any(String), type: expect.any(String) });
});

test("an unknown code is a 404 JSON", async ({ request }) => {
  for (const code of ["9.999999", "khong-co", "%27%3B--"]) {
    const response = await request.get(`/api/v1/services/${code}`);
    expect(response.status()).toBe(404);
    expect((await response.json()).error).toBe("not_found");
  }
});

test("bad parameters are a 400 naming the parameter", async ({ request }) => {
  for (const [qs, param] of [
    ["pageSize=1000", "pageSize"],
    ["page=0", "page"],
    ["level=xyz", "level"],
    ["mode=abc", "mode"],
  ]) {
    const response = await request.get(`/api/v1/services?${qs}`);
    expect(response.status(), qs).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("invalid_parameter");
    expect(Object.keys(body.parameters)).toEqual([param]);
    expect(body.message).toContain(param);
  }
});

test("no query string makes a 500", async ({ request }) => {
  const strange = [
    "q=%00",
    "q=%E0%A4%A",
    "q=" + "x".repeat(5000),
    "q='%20OR%201=1--",
    "q=%25%25%25",
    "page=99999999999999999999",
    "pageSize=-1",
    "agency[]=1&agency[]=2",
    "q=khai&q=sinh",
    "field=%F0%9F%98%80",
    "audience=ca-hai",
    "=&&&=",
  ];
  for (const qs of strange) {
    const response = await request.get(`/api/v1/services?${qs}`);
    expect([200, 400], qs).toContain(response.status());
    const page = await request.get(`/thu-tuc?${qs}`);
    expect(page.status(), `/thu-tuc?${qs}`).toBeLessThan(500);
  }
});

test("/api/me tells a browser without a session it is signed out, and is never cached", async ({ request }) => {
  const response = await request.get("/api/me");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ signedIn: false });
  expect(response.headers()["cache-control"]).toBe("private, no-store");
});

test("describes itself in OpenAPI and reports its health", async ({ request }) => {
  const spec = await (await request.get("/api/v1/openapi.json")).json();
  expect(spec.openapi).toMatch(/^3\./);
  expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(["/api/v1/services", "/api/v1/services/{code}"]));
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", database: process.env.DATABASE_URL ? "postgres" : "embedded" });
});

test("serves its static files from public/: robots.txt keeps private areas out, the tab icon is linked", async ({ request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const rules = await robots.text();
  for (const path of ["/quan-tri", "/ho-so", "/tai-khoan", "/api/v1/dossiers"]) expect(rules).toContain(`Disallow: ${path}\n`);
  expect(rules).not.toContain("Disallow: /thu-tuc\n");

  const icon = await request.get("/favicon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(await icon.text()).toContain("<svg");
  expect(await (await request.get("/")).text()).toMatch(/<link rel="icon" href="\/favicon\.svg" type="image\/svg\+xml"/);
});
