import { expect, test, type Page } from "./fixtures";
import { expectAccessible } from "./helpers";
import { BIG_PDF, EXE, PDF, signIn, uploadDocuments } from "./submission-helpers";

const SERVICE = "/thu-tuc/1.001193";
/** Our messages, not Next's route announcer (also role=alert). */
const alertIn = (page: Page) => page.locator("main").getByRole("alert");

async function fillFormStep(page: Page) {
  await page.getByLabel(/Họ, chữ đệm và tên của trẻ/).fill("Nguyễn Văn An");
  await page.getByLabel(/Ngày, tháng, năm sinh/).fill("2026-11-01");
  await page.getByLabel(/Giới tính/).selectOption("Nam");
  await page.getByLabel(/Nơi sinh/).fill("Bệnh viện Đa khoa tỉnh Quảng Nam");
  await page.getByLabel(/Họ, chữ đệm và tên người mẹ/).fill("Trần Thị Bình");
}

test("a citizen submits Đăng ký khai sinh with documents to phường An Mỹ", async ({ page }) => {
  await signIn(page, "/thu-tuc?q=Đăng ký khai sinh");
  await page.getByTestId("service-list").getByRole("link", { name: "Đăng ký khai sinh", exact: true }).click();
  await page
    .getByRole("link", { name: /Nộp hồ sơ trực tuyến/ })
    .first()
    .click();
  await expect(page).toHaveURL(/nop-ho-so/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ" }).click();

  // Step 1: prefilled applicant; a bad CCCD and phone number keep everything else.
  await expect(page.getByRole("heading", { name: "Thông tin người nộp hồ sơ" })).toBeVisible();
  await expect(page.getByLabel(/^Họ và tên/).first()).not.toHaveValue("");
  await page.getByLabel(/Nơi nhận hồ sơ/).selectOption("000.01.22.H47");
  const idNumber = await page
    .getByLabel(/^Số CCCD/)
    .first()
    .inputValue();
  await page
    .getByLabel(/^Số CCCD/)
    .first()
    .fill("04909");
  await page
    .getByLabel(/^Số điện thoại/)
    .first()
    .fill("12345");
  await page
    .getByLabel(/^Địa chỉ liên hệ/)
    .first()
    .fill("15 Hùng Vương, phường An Mỹ");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await expect(alertIn(page)).toContainText("Số điện thoại");
  await expect(alertIn(page)).toContainText("Số CCCD");
  await expect(page.getByLabel(/^Địa chỉ liên hệ/).first()).toHaveValue("15 Hùng Vương, phường An Mỹ");
  await expect(page.getByLabel(/Nơi nhận hồ sơ/)).toHaveValue("000.01.22.H47");
  await expectAccessible(page);
  await page
    .getByLabel(/^Số CCCD/)
    .first()
    .fill(idNumber);
  await page
    .getByLabel(/^Số điện thoại/)
    .first()
    .fill("0905123456");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

  // Step 2: the service's own form, checked in the browser first.
  await expect(page.getByRole("heading", { name: "Tờ khai" })).toBeVisible();
  // Leaving an empty required field shows its error, but the focus goes on to the next field, not to the summary.
  const childName = page.getByLabel(/Họ, chữ đệm và tên của trẻ/);
  const summary = page.locator("main [role=alert][tabindex='-1']");
  await childName.focus();
  await page.keyboard.press("Tab");
  await expect(summary).toContainText("Họ, chữ đệm và tên của trẻ");
  await expect(childName).not.toBeFocused();
  await expect(summary).not.toBeFocused();
  await page.getByLabel(/Nơi sinh/).fill("Bệnh viện Đa khoa tỉnh Quảng Nam");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await expect(alertIn(page)).toContainText("Họ, chữ đệm và tên của trẻ");
  // A refused submit moves the focus to the summary; correcting a field then keeps the focus in it.
  await expect(summary).toBeFocused();
  await childName.pressSequentially("Ng");
  await expect(childName).toBeFocused();
  await expect(childName).toHaveValue("Ng");
  await childName.fill("");
  await expect(page.getByLabel(/Nơi sinh/)).toHaveValue("Bệnh viện Đa khoa tỉnh Quảng Nam");
  await expectAccessible(page);
  await fillFormStep(page);
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

  // Step 3: documents, checked by content and size.
  await expect(page.getByRole("heading", { name: "Thành phần hồ sơ" })).toBeVisible();
  await expectAccessible(page);
  const slot = (i: number) => page.locator(`#doc-${i}`);
  await slot(0).locator('input[type="file"]').setInputFiles({ name: "to-khai.pdf", mimeType: "application/pdf", buffer: EXE });
  await slot(0).getByRole("button", { name: "Tải lên" }).click();
  await expect(slot(0).getByRole("alert")).toContainText("không đúng định dạng");
  await slot(0).locator('input[type="file"]').setInputFiles({ name: "to-khai.pdf", mimeType: "application/pdf", buffer: BIG_PDF() });
  await slot(0).getByRole("button", { name: "Tải lên" }).click();
  await expect(slot(0).getByRole("alert")).toContainText("Tệp quá lớn");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await expect(alertIn(page).last()).toContainText("Chưa tải lên giấy tờ bắt buộc");
  await uploadDocuments(
    page,
    [
      [0, "Tờ khai.pdf"],
      [1, "Giấy chứng sinh.pdf"],
      [2, "CCCD.pdf"],
    ],
    "Tải lên",
  );
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

  // Step 4: review, then submit.
  await expect(page.getByRole("heading", { name: "Kiểm tra thông tin trước khi nộp" })).toBeVisible();
  await expect(page.getByText("Phường An Mỹ", { exact: false }).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(alertIn(page)).toContainText("cam đoan");
  await page.getByLabel(/Tôi cam đoan/).check();
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();

  await expect(page.getByRole("heading", { name: "Nộp hồ sơ thành công" })).toBeVisible();
  await expect(page.getByTestId("dossier-code")).toHaveText(/^000\.01\.22\.H47-\d{6}-\d{4}$/);
  const slip = page.getByRole("link", { name: /Giấy tiếp nhận/ });
  await expect(slip).toHaveAttribute("href", /\/phieu-tiep-nhan$/);
  const pdf = await page.request.get((await slip.getAttribute("href")) ?? "");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  await page.screenshot({ path: "test-results/submission-confirmation.png", fullPage: true });
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same submission works with plain form posts", async ({ page }) => {
    await signIn(page, `${SERVICE}/nop-ho-so`);
    await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ" }).click();
    await page.getByLabel(/Nơi nhận hồ sơ/).selectOption("000.01.22.H47");
    await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

    await page.getByLabel(/Nơi sinh/).fill("Trạm y tế phường An Mỹ");
    await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
    await expect(alertIn(page)).toContainText("Họ, chữ đệm và tên của trẻ");
    await expect(page.getByLabel(/Nơi sinh/)).toHaveValue("Trạm y tế phường An Mỹ");
    await fillFormStep(page);
    await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

    const slot = (i: number) => page.locator(`#doc-${i}`);
    await slot(1).locator('input[type="file"]').setInputFiles({ name: "setup.pdf", mimeType: "application/pdf", buffer: EXE });
    await slot(1).getByRole("button", { name: "Tải lên" }).click();
    await expect(slot(1).getByRole("alert")).toContainText("không đúng định dạng");
    await slot(1).locator('input[type="file"]').setInputFiles({ name: "lon.pdf", mimeType: "application/pdf", buffer: BIG_PDF() });
    await slot(1).getByRole("button", { name: "Tải lên" }).click();
    await expect(slot(1).getByRole("alert")).toContainText("Tệp quá lớn");
    await uploadDocuments(
      page,
      [
        [0, "to-khai.pdf"],
        [1, "giay-chung-sinh.pdf"],
        [2, "cccd.pdf"],
      ],
      "Tải lên",
    );
    await slot(2)
      .getByRole("button", { name: /Xóa tệp/ })
      .click();
    await expect(slot(2).getByText("cccd.pdf", { exact: true })).toHaveCount(0);
    await slot(2)
      .locator('input[type="file"]')
      .setInputFiles({ name: "cccd.pdf", mimeType: "application/pdf", buffer: PDF("cccd") });
    await slot(2).getByRole("button", { name: "Tải lên" }).click();
    await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

    await page.getByLabel(/Tôi cam đoan/).check();
    await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
    await expect(page.getByRole("heading", { name: "Nộp hồ sơ thành công" })).toBeVisible();
    await expect(page.getByTestId("dossier-code")).toHaveText(/^000\.01\.22\.H47-\d{6}-\d{4}$/);
  });
});

test("the wizard asks for sign-in", async ({ page }) => {
  await page.goto(`${SERVICE}/nop-ho-so`);
  await expect(page).toHaveURL(/\/dang-nhap\?next=/);
});
