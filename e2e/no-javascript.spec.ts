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

test("a signed-in citizen's header never says Đăng nhập; a draft's Xóa asks first, then deletes", async ({ page }) => {
  await page.goto("/dang-nhap?next=%2Fthu-tuc%3Flevel%3Dxa");
  await page.getByLabel("Số CCCD, mã số thuế hoặc email").fill("congdan@example.vn");
  await page.getByLabel("Mật khẩu").fill("CongDan@2024");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).toHaveURL(/\/thu-tuc\?level=xa/);
  // The catalog page is cached for everyone: its header has one link that is right for both.
  const header = page.getByRole("navigation", { name: "Điều hướng chính" });
  await expect(header.getByRole("link", { name: "Đăng nhập" })).toHaveCount(0);
  // A commune-level service's card says where to file first, the managing agency after.
  const card = page.getByTestId("service-list").getByRole("listitem").first();
  await expect(card).toContainText("Nơi nộpUBND cấp xã");
  await expect(card).toContainText("Cơ quan quản lý");
  await header.getByRole("link", { name: "Tài khoản" }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);

  await page.goto("/thu-tuc/1.000308/nop-ho-so");
  await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ" }).click();
  await expect(page).toHaveURL(/draft=[0-9a-f-]{36}/);
  const draftId = /draft=([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
  await page.goto("/ho-so");
  const draft = page.locator(`#ban-nhap-${draftId}`);
  // Submitted dossiers come first; drafts have their own section after them.
  await expect(page.locator("main h2").first()).toHaveText("Hồ sơ đã nộp");
  await draft.getByRole("button", { name: /^Xóa hồ sơ đang soạn/ }).click();
  await expect(draft.getByRole("alert")).toContainText("cùng mọi tệp đã tải lên?");
  await draft.getByRole("button", { name: /^Xóa hẳn hồ sơ đang soạn/ }).click();
  await expect(page.getByRole("status")).toContainText("Đã xóa hồ sơ đang soạn.");
  await expect(page.locator(`#ban-nhap-${draftId}`)).toHaveCount(0);
});
