import { expect, test } from "./fixtures";
import { expectAccessible } from "./helpers";

test("the detail page shows every catalog field and what is online for the mode", async ({ page }) => {
  await page.goto("/thu-tuc/1.001193");
  await expect(page.getByRole("heading", { level: 1, name: "Đăng ký khai sinh" })).toBeVisible();
  for (const section of [
    "Trình tự thực hiện",
    "Cách thức thực hiện",
    "Thành phần hồ sơ",
    "Phí, lệ phí",
    "Yêu cầu, điều kiện thực hiện",
    "Căn cứ pháp lý",
    "Thông tin cần khai khi nộp trực tuyến",
    "Địa chỉ tiếp nhận hồ sơ",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  await expect(page.getByText("Làm trực tuyến", { exact: true })).toBeVisible();
  await expect(page.getByText("Phải làm trực tiếp", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" })).toHaveAttribute("href", "/thu-tuc/1.001193/nop-ho-so");
  await expectAccessible(page);
});

test("a result opens its detail page", async ({ page }) => {
  await page.goto("/thu-tuc?q=giay+phep+xay+dung");
  const first = page.getByTestId("service-list").getByRole("link").first();
  const name = (await first.textContent()) ?? "";
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expectAccessible(page);
});

test("an unknown code gives the Vietnamese 404 page", async ({ page }) => {
  const response = await page.goto("/thu-tuc/9.999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await expectAccessible(page);
});
