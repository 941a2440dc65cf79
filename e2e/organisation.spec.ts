import { expect, test, type Page } from "./fixtures";
import { expectAccessible, expectFitsPhone } from "./helpers";

// The e2e servers start without the 2023 history (SEED_HISTORY=0): these check the counts, the tree and the
// links; the per-unit figures are checked by tests/integration/organisation.test.ts.

const counts = (page: Page, label: string) =>
  page
    .getByTestId("organisation-counts")
    .locator("div")
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator("dd");

const unitCard = (page: Page, name: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name }) });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/co-quan shows the organisation's counts and opens the tree with plain <details>", async ({ page }) => {
    await page.goto("/co-quan");
    await expect(page.getByRole("heading", { level: 1, name: "Cơ quan, đơn vị" })).toBeVisible();
    await expect(counts(page, "Cơ quan chuyên môn, tổ chức hành chính thuộc UBND tỉnh")).toHaveText("21");
    await expect(counts(page, "Phòng chuyên môn thuộc các cơ quan cấp tỉnh")).toHaveText("118");
    await expect(counts(page, "Chi cục thuộc các cơ quan cấp tỉnh")).toHaveText("11");
    await expect(counts(page, "Phòng chuyên môn thuộc UBND cấp huyện")).toHaveText("204");

    const agriculture = unitCard(page, "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Nam");
    await expect(agriculture.getByText("Chi cục Kiểm lâm")).toBeHidden();
    await agriculture.getByText("5 phòng, 7 chi cục").click();
    await expect(agriculture.getByText("Chi cục Kiểm lâm")).toBeVisible();

    const tamKy = unitCard(page, "UBND thành phố Tam Kỳ");
    await tamKy.getByText("12 phòng chuyên môn").click();
    await expect(tamKy.getByText("Phòng Tư pháp")).toBeVisible();
    await tamKy.getByText(/^\d+ xã, phường, thị trấn$/).click();
    await expect(tamKy.getByRole("heading", { level: 4 }).first()).toBeVisible();
    await expectFitsPhone(page, "co-quan");
  });
});

test("/co-quan passes axe with the tree open, and leads to a unit's page and its catalog", async ({ page }) => {
  await page.goto("/co-quan");
  await expectAccessible(page);
  const finance = unitCard(page, "Sở Tài chính tỉnh Quảng Nam");
  await finance.getByText("7 phòng").click();
  await expect(finance.getByText("Phòng Quản lý ngân sách")).toBeVisible();
  await expectAccessible(page);

  await finance.getByRole("link", { name: "Sở Tài chính tỉnh Quảng Nam" }).click();
  await expect(page).toHaveURL(/\/co-quan\/000\.00\.05\.H47$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sở Tài chính tỉnh Quảng Nam" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Phòng Tài chính đầu tư" })).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page, "co-quan-so-tai-chinh");
  await page.getByRole("link", { name: "Xem danh mục thủ tục" }).click();
  await expect(page).toHaveURL(/\/thu-tuc\?agency=000\.00\.05\.H47/);
});

test("a district's page lists its divisions and communes; an unknown or malformed code is a 404", async ({ page }) => {
  await page.goto("/co-quan/000.00.22.H47");
  await expect(page.getByRole("heading", { level: 1, name: "UBND thành phố Tam Kỳ" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Phòng chuyên môn" })).toBeVisible();
  await expect(page.getByText("Văn phòng HĐND và UBND")).toBeVisible();
  await page.getByRole("region", { name: "Xã, phường, thị trấn" }).getByRole("link").first().click();
  await expect(page.getByText("Thuộc UBND thành phố Tam Kỳ")).toBeVisible();
  await expect(page.getByText(/không có phòng chuyên môn/)).toBeVisible();
  await expectAccessible(page);

  expect((await page.goto("/co-quan/000.00.99.H47"))?.status()).toBe(404);
  expect((await page.goto("/co-quan/khong-co"))?.status()).toBe(404);
  expect((await page.goto("/co-quan/%00"))?.status()).toBe(404);
});
