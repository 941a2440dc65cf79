import { expect, test } from "./fixtures";
import { expectAccessible, expectFitsPhone } from "./helpers";

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

test.describe("in English", () => {
  test("the language switcher goes to the same service in English and back", async ({ page }) => {
    await page.goto("/thu-tuc/2.012668");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam");
    await page.getByRole("link", { name: "English", exact: true }).click();

    await expect(page).toHaveURL(/\/en\/thu-tuc\/2\.012668$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Work permit for a foreign employee");
    // The Vietnamese name beside the English one, and the notice that what follows is the Vietnamese legal text.
    await expect(page.locator('header span[lang="vi"]')).toHaveText("Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam");
    await expect(page.getByText("The details of this procedure below are the Vietnamese legal text.", { exact: false })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Steps" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Steps" }).locator("ol")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("region", { name: "Legal basis" }).locator("ul")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("link", { name: "Apply online" })).toHaveAttribute("href", "/en/thu-tuc/2.012668/nop-ho-so");
    await expectAccessible(page);
    await expectFitsPhone(page, "service-en");

    await page.getByRole("link", { name: "Tiếng Việt", exact: true }).click();
    await expect(page).toHaveURL(/\/thu-tuc\/2\.012668$/);
    expect(new URL(page.url()).pathname).toBe("/thu-tuc/2.012668");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam");
  });

  test("a service without an English name shows its Vietnamese name, marked Vietnamese", async ({ page }) => {
    await page.goto("/en/thu-tuc?q=bong+da");
    const first = page.getByTestId("service-list").getByRole("link").first();
    await expect(first).toHaveAttribute("lang", "vi");
    const name = (await first.textContent()) ?? "";
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "vi");
    await expect(page.getByText("The details of this procedure below are the Vietnamese legal text.", { exact: false })).toBeVisible();
    await expectAccessible(page);
  });
});
