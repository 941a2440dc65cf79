import { expect, test } from "./fixtures";
import { expectAccessible, expectFitsPhone } from "./helpers";

// The e2e servers start without the 2023 history (SEED_HISTORY=0): this checks the page's workings and its
// honesty about unmeasured components; the formulas and figures are checked by the unit tests in
// lib/statistics/service-index/ and tests/integration/service-index.test.ts.

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/thong-ke links to the index, which ranks agencies and districts with honest 'chưa đo' components", async ({ page }) => {
    // 39 entries, each with its hidden details: axe on the script-free copy took over 100 s on the loaded machine.
    test.setTimeout(240_000);
    await page.goto("/thong-ke");
    await page.getByRole("link", { name: "Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766)" }).click();
    await expect(page).toHaveURL(/\/thong-ke\/chi-so$/);
    await expect(page.getByRole("heading", { level: 1, name: "Chỉ số phục vụ người dân, doanh nghiệp" })).toBeVisible();

    // The period chooser is a plain GET form.
    await page.locator('select[name="nam"]').selectOption("2024");
    await page.locator('select[name="quy"]').selectOption("3");
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/\/thong-ke\/chi-so\?nam=2024&quy=3/);
    await expect(page.getByRole("heading", { name: "Kỳ đánh giá: quý 3 năm 2024" })).toBeVisible();

    // What the portal cannot measure is said, with the points it takes off the maximum.
    await expect(page.getByText("Điểm tối đa đo được: 68 điểm trên 100", { exact: false })).toBeVisible();
    await expect(
      page.getByText(/Đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia \(6 điểm\): Cổng chưa đồng bộ hồ sơ với Cổng Dịch vụ công quốc gia\./),
    ).toBeVisible();
    // Complaints come from the feedback register: measured, never listed as without a source.
    await expect(page.getByText(/Phản ánh, kiến nghị xử lý đúng hạn \(6 điểm\): Cổng chưa có sổ/)).toHaveCount(0);

    const agencies = page.getByRole("region", { name: "Xếp hạng cơ quan cấp tỉnh" });
    const districts = page.getByRole("region", { name: "Xếp hạng cấp huyện (gồm cấp xã trực thuộc)" });
    await expect(agencies.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) })).toHaveCount(21);
    await expect(districts.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) })).toHaveCount(18);
    const first = agencies.getByRole("listitem").first();
    await expect(first).toContainText("Hạng 1");
    await expect(first).toContainText("Công khai, minh bạch");

    // How the points came about opens without JavaScript (<details>).
    const how = first.locator("details");
    await expect(how.getByText("Công khai đầy đủ nội dung")).toBeHidden();
    await how.getByText("Cách tính từng nhóm").click();
    await expect(how.getByText("Công khai đầy đủ nội dung")).toBeVisible();
    await expect(how.getByText(/^Công thức: 20 × hồ sơ giải quyết trước hạn và đúng hạn/)).toBeVisible();
    await expectAccessible(page);
    await expectFitsPhone(page, "chi-so");
  });

  test("a bad period shows the default one and says so, never an error page", async ({ page }) => {
    const response = await page.goto("/thong-ke/chi-so?nam=20x4&thang=13");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status")).toHaveText("Kỳ báo cáo không hợp lệ; đang hiển thị năm mặc định.");
    await expect(page.getByRole("heading", { name: /^Kỳ đánh giá: năm \d{4}$/ })).toBeVisible();
  });
});

test("with JavaScript the page is the same and passes axe", async ({ page }) => {
  await page.goto("/thong-ke/chi-so?nam=2024");
  await expect(page.getByRole("heading", { name: "Kỳ đánh giá: năm 2024" })).toBeVisible();
  await expect(page.getByRole("button", { name: "In trang" })).toBeVisible();
  await expectAccessible(page);
});
