import { expect, test } from "./fixtures";

// axe needs JavaScript in the page; the same pages are checked by the other specs.
test.use({ javaScriptEnabled: false });

test("search and filters work with JavaScript disabled", async ({ page }) => {
  await page.goto("/thu-tuc");
  await page.getByRole("searchbox", { name: "Tìm thủ tục" }).fill("dang ki khai sinh");
  await page.getByLabel("Cấp thực hiện").selectOption("xa");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/q=dang\+ki\+khai\+sinh/);
  await expect(page).toHaveURL(/level=xa/);
  await expect(page.getByTestId("service-list").getByRole("link").first()).toHaveText("Đăng ký khai sinh");
  await page.getByTestId("service-list").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Đăng ký khai sinh" })).toBeVisible();
});
