import { expect, test } from "./fixtures";
import { expectAccessible, expectFitsPhone } from "./helpers";

test("the home page searches the catalog without diacritics", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("thủ tục trực tuyến")).toBeVisible();
  await expect(page.getByRole("link", { name: "Khai sinh", exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("searchbox", { name: "Tìm thủ tục" }).fill("dang ky khai sinh");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/\/thu-tuc\?q=dang\+ky\+khai\+sinh/);
  await expect(page.getByTestId("service-list").getByRole("link").first()).toHaveText("Đăng ký khai sinh");
  // A commune-level service's card says where to file, then the managing agency.
  await expect(page.getByTestId("service-list").getByRole("listitem").first()).toContainText("Nơi nộpUBND cấp xã");
  await expectAccessible(page);
  await expectFitsPhone(page, "catalog");
});

for (const typed of ["khai sinh", "ĐĂNG KÝ KHAI SINH", "dang ki khai sinh"]) {
  test(`“${typed}” finds Đăng ký khai sinh first`, async ({ page }) => {
    await page.goto(`/thu-tuc?q=${encodeURIComponent(typed)}`);
    await expect(page.getByTestId("service-list").getByRole("link").first()).toHaveText("Đăng ký khai sinh");
  });
}

test("“giay phep xay dung” finds the construction permits", async ({ page }) => {
  await page.goto("/thu-tuc?q=giay+phep+xay+dung");
  const first = page.getByTestId("service-list").getByRole("link").first();
  await expect(first).toContainText(/giấy phép xây dựng/i);
});

test("filters and paging keep their state in the URL", async ({ page }) => {
  await page.goto("/thu-tuc");
  await expect(page.getByRole("heading", { name: "1.305 thủ tục" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Cấp thực hiện").selectOption("xa");
  await page.getByLabel("Mức độ").selectOption("toan-trinh");
  await page.getByRole("button", { name: "Áp dụng" }).click();
  await expect(page).toHaveURL(/level=xa/);
  await expect(page).toHaveURL(/mode=toan-trinh/);
  const list = page.getByTestId("service-list");
  await expect(list.getByText("Cấp xã").first()).toBeVisible();
  await expect(list.getByText("Cấp tỉnh")).toHaveCount(0);
  await expect(list.getByText("Một phần")).toHaveCount(0);
  await expect(page.getByLabel("Cấp thực hiện")).toHaveValue("xa");

  const pagination = page.getByRole("navigation", { name: "Phân trang" });
  await pagination.getByRole("link", { name: "Trang sau" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page).toHaveURL(/level=xa/);
  await expect(pagination.locator('[aria-current="page"]')).toHaveText("2");
  await expectAccessible(page);
});

test("the unfiltered list pages from the cache and stays bookmarkable", async ({ page }) => {
  await page.goto("/thu-tuc?page=3");
  await expect(page.getByRole("navigation", { name: "Phân trang" }).locator('[aria-current="page"]')).toHaveText("3");
  await expect(page.getByTestId("service-list").getByRole("listitem")).toHaveCount(20);
});

test("no result gives a helpful empty state", async ({ page }) => {
  await page.goto("/thu-tuc?q=zzqxw+vvkkj");
  await expect(page.getByTestId("empty-state")).toContainText("Không tìm thấy thủ tục phù hợp");
  await expect(page.getByTestId("empty-state")).toContainText("1022");
  await expectAccessible(page);
});

test("a bad filter value is explained, not a crash", async ({ page }) => {
  const response = await page.goto("/thu-tuc?level=xyz&page=0");
  expect(response?.status()).toBe(200);
  const alert = page.getByRole("alert").filter({ hasText: "không hợp lệ" });
  await expect(alert).toContainText("Cấp thực hiện phải là tinh, huyen hoặc xa");
  await expect(alert).toContainText("Số trang");
});

test("agencies link to their filtered catalog", async ({ page }) => {
  await page.goto("/co-quan");
  await expect(page.getByRole("heading", { level: 1, name: "Cơ quan, đơn vị" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /thủ tục của Sở Xây dựng$/ }).click();
  await expect(page).toHaveURL(/agency=000\.00\.09\.H47/);
  await expect(page.getByTestId("service-list").getByText("Sở Xây dựng").first()).toBeVisible();
});

test.describe("in English", () => {
  test("the English home searches by English name and shows English names first", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deal with administrative procedures online, any time, anywhere");
    // The most-used list: the English name is the link, the Vietnamese name beside it is marked Vietnamese.
    const birth = page.getByRole("link", { name: "Birth registration", exact: true });
    await expect(birth).toHaveAttribute("href", "/en/thu-tuc/1.001193");
    await expect(page.locator('span[lang="vi"]', { hasText: /^Đăng ký khai sinh$/ })).toBeVisible();
    // Life events are catalog data, in Vietnamese.
    await expect(page.getByRole("link", { name: "Khai sinh", exact: true })).toHaveAttribute("lang", "vi");
    await expectAccessible(page);
    await expectFitsPhone(page, "home-en");

    await page.getByRole("searchbox", { name: "Find a procedure" }).fill("birth registration");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/en\/thu-tuc\?q=birth\+registration/);
    await expect(page.getByTestId("service-list").getByRole("link").first()).toHaveText("Birth registration");
  });

  test("“work permit” finds the work permit for foreign employees first", async ({ page }) => {
    await page.goto("/en/thu-tuc?q=work+permit");
    await expect(page.getByRole("heading", { level: 2, name: /procedures match “work permit”$/ })).toBeVisible();
    const first = page.getByTestId("service-list").getByRole("listitem").first();
    await expect(first.getByRole("link")).toHaveText("Work permit for a foreign employee");
    await expect(first.getByRole("link")).toHaveAttribute("href", "/en/thu-tuc/2.012668");
    await expect(first.locator('[lang="vi"]').first()).toHaveText("Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam");
    await expect(first).toContainText("Where to apply");
    // The same words on the Vietnamese page search the Vietnamese texts only.
    await page.goto("/thu-tuc?q=work+permit");
    await expect(page.getByTestId("empty-state")).toBeVisible();
  });

  test("“investment” lists the investment procedures by their English names", async ({ page }) => {
    await page.goto("/en/thu-tuc?q=investment");
    const links = page.getByTestId("service-list").getByRole("link");
    await expect(links.first()).toHaveText(/^Investment /);
    for (const name of await links.allTextContents()) expect(name, "an English name about investment").toMatch(/invest/i);
  });

  test("the English catalog is accessible and pages in English", async ({ page }) => {
    await page.goto("/en/thu-tuc");
    await expect(page.getByRole("heading", { level: 1, name: "Administrative procedures" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "1,305 procedures" })).toBeVisible();
    await expectAccessible(page);
    await expectFitsPhone(page, "catalog-en");
    const pagination = page.getByRole("navigation", { name: "Pages" });
    await pagination.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/\/en\/thu-tuc\?page=2$/);
    await expect(pagination.locator('[aria-current="page"]')).toHaveText("2");
  });

  test("a bad filter value is explained in English", async ({ page }) => {
    const response = await page.goto("/en/thu-tuc?level=xyz");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "not valid" })).toContainText("The level must be tinh, huyen or xa");
  });
});
