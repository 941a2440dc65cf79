import { expect, test, type Page } from "./fixtures";
import { expectAccessible, expectFitsPhone } from "./helpers";

// The e2e servers start without the 2023 dossiers (SEED_HISTORY=phan-anh): these check the page's workings;
// the dossier figures themselves are checked by tests/integration/statistics-history.test.ts. The 1022
// line's November 2023 is there, so its figures are checked here.

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

  test("/thong-ke shows the 1022 line's November 2023 from the register: 13.014 received, 12.842 handled (98,7 %), 172 forwarded", async ({
    page,
  }) => {
    await page.goto("/thong-ke?nam=2023&thang=11");
    const section = page.getByRole("region", { name: "Phản ánh, kiến nghị và đường dây 1022" });
    await expect(section).toBeVisible();
    const figure = (label: string) =>
      section
        .locator("dl > div")
        .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
        .locator("dd");
    await expect(figure("Tiếp nhận")).toHaveText("13.014");
    await expect(figure("Trung tâm đã xử lý")).toHaveText("12.842");
    await expect(figure("Tỷ lệ xử lý")).toHaveText("98,7%");
    await expect(figure("Chuyển cơ quan, địa phương")).toHaveText("172");
    await expect(section.getByText("Trong kỳ tiếp nhận 13.014 lượt; trung tâm đã xử lý 12.842 (98,7%), chuyển 172 lượt")).toBeVisible();
    // The channel chart says its figures in words, and its table follows it.
    await expect(section.getByRole("img", { name: /Phản ánh, kiến nghị theo kênh tiếp nhận\. Biểu đồ cột: Cổng dịch vụ công \d/ })).toBeVisible();
    const channels = section.getByRole("table", { name: "Phản ánh, kiến nghị theo kênh tiếp nhận: số lượt và tỷ trọng" });
    await expect(channels.getByRole("row")).toHaveCount(6);
    await expect(section.getByRole("table", { name: "Phản ánh, kiến nghị theo loại" }).getByRole("row")).toHaveCount(4);
    const month = section.getByRole("table", { name: "Phản ánh, kiến nghị theo tháng" }).getByRole("row", { name: /11\/2023/ });
    await expect(month.getByRole("cell")).toHaveText(["13.014", "12.842", "98,7%", "172"]);
    // Every forwarded item is in the agencies' table: their counts add up to 172.
    const agencyRows = section.getByRole("table", { name: /Phản ánh chuyển cơ quan, địa phương/ }).locator("tbody tr");
    const forwarded = await agencyRows.evaluateAll((rows) =>
      rows.reduce((sum, row) => sum + Number(row.querySelector("td")?.textContent?.replace(/\./g, "") ?? 0), 0),
    );
    expect(forwarded).toBe(172);
    await expectTablesBehindCharts(page);
    await expectAccessible(page);
    await expectFitsPhone(page, "thong-ke-phan-anh");
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
