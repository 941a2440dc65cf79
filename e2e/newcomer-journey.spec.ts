import { expect, test } from "./fixtures";
import { lastEmailedPath, uniqueIdentity } from "./accounts-mail";
import { expectAccessible } from "./helpers";
import { PDF } from "./submission-helpers";

// The citizen's first journey end to end, as a newcomer does it: register → sign in → find a service → fill the
// form → upload the documents → submit → receipt PDF → Hồ sơ của tôi → sign out → look it up by code.
test("a newcomer registers, submits Đăng ký khai sinh with documents and follows it by account and by code", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "The phone width is covered by the specs of each step.");
  test.setTimeout(180_000);
  const id = uniqueIdentity();
  await page.goto("/dang-ky");
  await page.getByLabel("Họ và tên").fill("Phan Văn Mới");
  await page.getByLabel("Số định danh cá nhân (CCCD)").fill(id.cccd);
  await page.getByLabel("Ngày sinh").fill("1990-03-08");
  await page.getByLabel("Số điện thoại di động").fill("0905 333 444");
  await page.getByLabel("Thư điện tử (email)").fill(id.email);
  await page.getByLabel("Địa chỉ liên hệ").fill("Số 7 Hùng Vương, phường An Mỹ, Tam Kỳ");
  await page.getByLabel("Mật khẩu", { exact: true }).fill("PhanMoi@2025");
  await page.getByLabel("Nhập lại mật khẩu").fill("PhanMoi@2025");
  await page.getByRole("button", { name: "Đăng ký" }).click();
  await expect(page).toHaveURL(/\/dang-nhap\?tb=da-dang-ky/);
  await page.goto(await lastEmailedPath(page, id.email, "/xac-minh-email"));
  await page.getByRole("button", { name: "Xác minh email" }).click();
  await expect(page.getByRole("status").filter({ hasText: "đã được xác minh" })).toBeVisible();

  await page.goto(`/dang-nhap?next=${encodeURIComponent("/thu-tuc?q=dang ky khai sinh")}`);
  await page.getByLabel("Số CCCD, mã số thuế hoặc email").fill(id.cccd);
  await page.getByLabel("Mật khẩu").fill("PhanMoi@2025");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await page.getByTestId("service-list").getByRole("link", { name: "Đăng ký khai sinh", exact: true }).click();
  await page
    .getByRole("link", { name: /Nộp hồ sơ trực tuyến/ })
    .first()
    .click();
  await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ" }).click();

  await expect(page.getByLabel(/^Số CCCD/).first()).toHaveValue(id.cccd);
  await page.getByLabel(/Nơi nhận hồ sơ/).selectOption("000.01.22.H47");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await page.getByLabel(/Họ, chữ đệm và tên của trẻ/).fill("Phan Văn Bé");
  await page.getByLabel(/Ngày, tháng, năm sinh/).fill("2026-11-01");
  await page.getByLabel(/Giới tính/).selectOption("Nam");
  await page.getByLabel(/Nơi sinh/).fill("Bệnh viện Đa khoa tỉnh Quảng Nam");
  await page.getByLabel(/Họ, chữ đệm và tên người mẹ/).fill("Trần Thị Mẹ");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  for (const [i, name] of [
    [0, "to-khai.pdf"],
    [1, "giay-chung-sinh.pdf"],
    [2, "cccd.pdf"],
  ] as const) {
    const slot = page.locator(`#doc-${i}`);
    await slot.locator('input[type="file"]').setInputFiles({ name, mimeType: "application/pdf", buffer: PDF(name) });
    await slot.getByRole("button", { name: "Tải lên" }).click();
    await expect(slot.getByText(name, { exact: true })).toBeVisible();
  }
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await page.getByLabel(/Tôi cam đoan/).check();
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(page.getByRole("heading", { name: "Nộp hồ sơ thành công" })).toBeVisible();
  const code = (await page.getByTestId("dossier-code").textContent())!.trim();
  const slip = await page.request.get(`/ho-so/${code}/phieu-tiep-nhan`);
  expect(slip.headers()["content-type"]).toContain("application/pdf");

  await page.goto("/ho-so");
  await expect(page.getByRole("link", { name: new RegExp(code.replace(/\./g, "\\.")) }).first()).toBeVisible();
  await expectAccessible(page);
  await page.goto("/dang-xuat");
  await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();

  await page.goto(`/tra-cuu?code=${encodeURIComponent(code)}`);
  await page.getByLabel("Số giấy tờ của người nộp").fill(id.cccd);
  await page.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page.getByRole("region", { name: /Kết quả tra cứu/ })).toContainText("Mới đăng ký");
  await expectAccessible(page);
});
