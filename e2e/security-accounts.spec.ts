import http from "node:http";
import { randomInt } from "node:crypto";
import { expect, test, type Page } from "./fixtures";
import { expectAccessible } from "./helpers";
import { enterOfficerPassword, signInOfficer } from "./officer-helpers";
import { HOUSEHOLD_INCOME, signIn } from "./submission-helpers";

const port = Number(process.env.E2E_PORT ?? 3100);
const REDIRECT_PAYLOADS = [
  "/..//evil.example/phish",
  "//evil.example",
  "/\\evil.example",
  "/%2e%2e//evil.example",
  "/%5cevil.example",
  "https://evil.example",
  "/.//evil.example",
];

/** Where a Location header leads, from this site. */
function target(location: string | undefined, page: Page) {
  return new URL(location ?? "", page.url());
}

test.describe("open redirects after sign-in", () => {
  test("the sign-in page and the second step keep only paths of this site", async ({ page }) => {
    await signIn(page, "/..//evil.example/phish");
    await expect(page).toHaveURL(/\/tai-khoan$/);
    const origin = new URL(page.url()).origin;
    for (const payload of REDIRECT_PAYLOADS) {
      // A signed-in citizen at the second step is sent on to `next` at once: the real Location header.
      const response = await page.request.get(`/dang-nhap/xac-thuc?next=${encodeURIComponent(payload)}`, { maxRedirects: 0 });
      expect(response.status(), payload).toBe(307);
      const location = response.headers().location;
      expect(location, payload).not.toMatch(/^(\/\/|\/\\|[a-z]+:)/i);
      expect(target(location, page).origin, payload).toBe(origin);
    }
  });

  test("an officer's second step carries only a safe next", async ({ page }) => {
    await enterOfficerPassword(page, "tiepnhan@example.vn", "/..//evil.example/phish");
    // The payload was replaced by a fallback of this site (the account page or the officer area).
    await expect(page.locator('input[name="next"]')).toHaveValue(/^\/(tai-khoan|quan-tri)$/);
  });
});

/** One HTTP request to the e2e server from a loopback address of our choice (the socket's address). */
function requestFrom(localAddress: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port, path, localAddress, method: options.method ?? "GET", headers: options.headers },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

/** A loopback address no other test uses (each run draws new ones: the counters live 5–15 minutes). */
const loopback = () => `127.${randomInt(1, 250)}.${randomInt(1, 250)}.${randomInt(2, 250)}`;
const rotating = (i: number) => ({ "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}` });

test.describe("client addresses come from the socket, not from X-Forwarded-For", () => {
  test("rotating X-Forwarded-For does not escape the lookup limit, and naming another address does not limit it", async () => {
    const attacker = loopback();
    const victim = loopback();
    const lookup = (from: string, headers: Record<string, string>) =>
      requestFrom(from, "/api/v1/dossiers/lookup?code=000.01.22.H47-261130-0001&idNumber=049090000000", { headers });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await lookup(attacker, { ...rotating(i), "x-forwarded-for": `${victim}, 203.0.113.${i}` })).status);
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses[20]).toBe(429);
    // The address the attacker named is not limited.
    expect((await lookup(victim, {})).status).toBe(404);
  });

  test("rotating X-Forwarded-For does not escape the sign-in address lock, and naming another address does not lock it", async () => {
    const attacker = loopback();
    const victim = loopback();
    const attempt = async (from: string, headers: Record<string, string>) => {
      const csrf = await requestFrom(from, "/api/auth/csrf", { headers });
      const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
      const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
      const body = new URLSearchParams({
        csrfToken,
        identifier: `khong-co-${randomInt(1e9)}@example.vn`,
        password: "Sai@12345",
        callbackUrl: "/tai-khoan",
      }).toString();
      const answer = await requestFrom(from, "/api/auth/callback/credentials", {
        method: "POST",
        headers: {
          ...headers,
          cookie,
          "content-type": "application/x-www-form-urlencoded",
          origin: `http://127.0.0.1:${port}`,
          "sec-fetch-site": "same-origin",
        },
        body,
      });
      return decodeURIComponent(answer.headers.location ?? "");
    };
    const answers: string[] = [];
    for (let i = 0; i < 11; i++) answers.push(await attempt(attacker, { ...rotating(i), "x-forwarded-for": `${victim}` }));
    expect(
      answers.slice(0, 9).every((a) => a.includes("code=invalid")),
      answers.join("\n"),
    ).toBe(true);
    expect(answers[9]).toContain("code=locked:");
    expect(answers[10]).toContain("code=locked:");
    expect(await attempt(victim, {})).toContain("code=invalid");
  });
});

test.describe("who may file online", () => {
  test("an officer session cannot file through the citizen API nor start the wizard", async ({ page }) => {
    await signInOfficer(page, "tiepnhan@example.vn", "/quan-tri");
    const response = await page.request.post("/api/v1/dossiers", {
      data: { serviceCode: HOUSEHOLD_INCOME.serviceCode, receivingUnitCode: "000.01.22.H47", formData: HOUSEHOLD_INCOME.formData },
      headers: { origin: new URL(page.url()).origin },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error).toBe("forbidden");
    await page.goto(`/thu-tuc/${HOUSEHOLD_INCOME.serviceCode}/nop-ho-so`);
    await expect(page.getByRole("alert").filter({ hasText: "Tài khoản cán bộ không nộp hồ sơ trực tuyến" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Bắt đầu" })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("a citizen is not offered a business-only service", async ({ page }) => {
    const list = await page.request.get("/api/v1/services?audience=doanh-nghiep&pageSize=100");
    const items = ((await list.json()) as { items: { code: string; audience: string }[] }).items;
    const businessOnly = items.find((s) => s.audience === "doanh-nghiep");
    expect(businessOnly).toBeTruthy();
    await signIn(page, `/thu-tuc/${businessOnly!.code}/nop-ho-so`);
    await expect(page.getByRole("alert").filter({ hasText: "dành cho doanh nghiệp" })).toBeVisible();
    await expect(page.locator('form input[name="serviceCode"]')).toHaveCount(0);
    await expectAccessible(page);
    const refused = await page.request.post("/api/v1/dossiers", {
      data: { serviceCode: businessOnly!.code, formData: {} },
      headers: { origin: new URL(page.url()).origin },
    });
    expect(refused.status()).toBe(403);
  });
});

test("a unit admin's role changes reach the system admin's audit log; the unit admin cannot read it", async ({ browser }) => {
  test.setTimeout(240_000);
  const admin = await (await browser.newContext()).newPage();
  await signInOfficer(admin, "quantri.anmy@example.vn", "/quan-tri/can-bo");
  const email = `kiemtoan-${randomInt(1e9)}@example.vn`;
  await admin.getByLabel("Họ và tên").fill("Cán Bộ Kiểm Toán");
  await admin.getByLabel("Thư điện tử").fill(email);
  await admin.getByLabel("Mật khẩu tạm").fill("TamThoi@2026");
  await admin.getByRole("checkbox", { name: "Chuyên viên" }).first().check();
  await admin.getByRole("button", { name: "Thêm cán bộ" }).click();
  await expect(admin.getByRole("status")).toContainText("Đã thêm cán bộ");
  await expect(admin.getByRole("link", { name: "Nhật ký" })).toHaveCount(0);
  expect((await admin.goto("/quan-tri/nhat-ky"))?.status()).toBe(404);

  const system = await (await browser.newContext()).newPage();
  await signInOfficer(system, "quantri@example.vn", "/quan-tri/nhat-ky");
  await expect(system.getByRole("heading", { level: 1, name: "Nhật ký tài khoản và phân quyền" })).toBeVisible();
  const entry = system.getByRole("listitem").filter({ hasText: email });
  await expect(entry).toContainText("Thêm cán bộ");
  await expect(entry).toContainText("Võ Thị Quản");
  await expect(entry).toContainText("Chuyên viên");
  await expectAccessible(system);
  await system.setViewportSize({ width: 360, height: 800 });
  expect(await system.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
