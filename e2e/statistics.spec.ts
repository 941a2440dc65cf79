import { expect, test, type Page } from "./fixtures";
import { expectAccessible, expectFitsPhone } from "./helpers";

// The e2e servers start without the 2023 history (SEED_HISTORY=0): these check the page's workings; the
// figures themselves are checked by tests/integration/statistics-history.test.ts.

/** Every chart on the page has its figures as a table right after it, and a summary in its name. */
async function expectTablesBehindCharts(page: Page) {
  const charts = page.getByRole("img", { name: /Biểu đồ/ });
  const count = await charts.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const next = charts.nth(i).locator("xpath=ancestor::figure[1]/following-sibling::*[1]");
    await expect(next.getByRole("table")).toHaveCount(1);
    await expect(next.getByRole("table").getByRole("row").nth(1)).toBeVisible();
  }
  // The agency table has no chart, but is there all the same.
  await expect(page.getByRole("table", { name: "Số liệu theo cơ quan, đơn vị" })).toBeVisible();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/thong-ke chooses a period with a plain form and shows charts with their tables and summaries", async ({ page }) => {
    await page.goto("/thong-ke?nam=2024");
    await expect(page.getByRole("heading", { level: 1, name: "Thống kê tình hình giải quyết thủ tục hành chính" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Kỳ báo cáo: năm 2024" })).toBeVisible();
    await expectTablesBehindCharts(page);
    await expect(page.getByRole("table", { name: "Số liệu theo tháng" }).getByRole("row")).toHaveCount(13);
    await expectAccessible(page);
    await page.getByRole("combobox", { name: "Quý" }).selectOption("2");
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/nam=2024&quy=2/);
    await expect(page.getByRole("heading", { name: "Kỳ báo cáo: quý 2 năm 2024" })).toBeVisible();
    await expect(page.getByRole("img", { name: /Hồ sơ tiếp nhận và đã giải quyết theo cấp\. Biểu đồ cột: Cấp tỉnh tiếp nhận/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /theo tháng\. Biểu đồ đường/ })).toBeVisible();
    await expect(page.getByRole("table", { name: "Số liệu theo cấp hành chính" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Số liệu theo tháng" }).getByRole("row")).toHaveCount(4);
    await expectTablesBehindCharts(page);
    // With scripts off, axe runs on a copy of this DOM in a scripted page (see expectAccessible).
    await expectAccessible(page);
    await expectFitsPhone(page, "thong-ke");
  });

  test("a bad period falls back to the default year and says so", async ({ page }) => {
    await page.goto("/thong-ke?nam=abc&thang=13");
    await expect(page.getByRole("status")).toHaveText("Kỳ báo cáo không hợp lệ; đang hiển thị năm mặc định.");
  });
});

test("/thong-ke with JavaScript: switching between year, quarter and month keeps charts, tables and accessibility", async ({ page }) => {
  await page.goto("/thong-ke?nam=2024");
  await expect(page.getByRole("heading", { name: "Kỳ báo cáo: năm 2024" })).toBeVisible();
  await expectTablesBehindCharts(page);
  await expectAccessible(page);

  await page.getByRole("combobox", { name: "Quý" }).selectOption("3");
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(/nam=2024&quy=3/);
  await expect(page.getByRole("heading", { name: "Kỳ báo cáo: quý 3 năm 2024" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Số liệu theo tháng" }).getByRole("row")).toHaveCount(4);
  await expect(page.getByRole("combobox", { name: "Quý" })).toHaveValue("3");

  // One month: the trend has a single point, so no line is drawn, but its table stays.
  await page.getByRole("combobox", { name: "Quý" }).selectOption("");
  await page.getByRole("combobox", { name: "Tháng" }).selectOption("5");
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(/nam=2024&quy=&thang=5/);
  await expect(page.getByRole("heading", { name: "Kỳ báo cáo: tháng 5 năm 2024" })).toBeVisible();
  await expect(page.getByRole("img", { name: /theo tháng\. Biểu đồ đường/ })).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Số liệu theo tháng" }).getByRole("row")).toHaveCount(2);
  await expectTablesBehindCharts(page);
  await expectAccessible(page);
  await expectFitsPhone(page);
});

test("the statistics API answers the report and names a bad parameter", async ({ request }) => {
  const ok = await request.get("/api/v1/statistics?from=2024-01-01&to=2024-12-31&groupBy=tier");
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body).toMatchObject({ from: "2024-01-01", to: "2024-12-31", groupBy: "tier", total: { received: expect.any(Number) } });
  const bad = await request.get("/api/v1/statistics?from=2024-01-01&to=2024-13-01");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).parameters).toHaveProperty("to");
  const spec = await (await request.get("/api/v1/openapi.json")).json();
  expect(spec.paths).toHaveProperty("/api/v1/statistics");
});
