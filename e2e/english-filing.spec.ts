import { expect, test, type Page } from "./fixtures";
import { emailsAbout, expectAccessible } from "./helpers";
import { pdfText } from "./pdf-text";
import { EXE, signIn, uploadDocuments } from "./submission-helpers";

/** Đăng ký khai sinh at phường An Mỹ: a form of the catalog's own (Vietnamese labels) and three documents. */
const WIZARD = "/thu-tuc/1.001193/nop-ho-so";
const AN_MY = "000.01.22.H47";
/** Our messages, not Next's route announcer (also role=alert). */
const alertIn = (page: Page) => page.locator("main").getByRole("alert");

/**
 * An English page of the wizard: in English, no missing key, and (the filing journey, run at desktop and
 * phone widths) no axe violation.
 */
async function expectEnglishStep(page: Page, heading: string, options: { axe?: boolean } = {}) {
  await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("body")).not.toContainText("⟦");
  if (options.axe ?? true) await expectAccessible(page);
}

// Whole journeys with an axe check on every step: minutes on a busy two-core machine.
test.describe.configure({ timeout: 360_000 });

/** The procedure's own form keeps its Vietnamese labels (legal text): the same fill in both languages. */
async function fillBirthForm(page: Page) {
  await page.getByLabel(/Họ, chữ đệm và tên của trẻ/).fill("Nguyễn Văn An");
  await page.getByLabel(/Ngày, tháng, năm sinh/).fill("2026-11-01");
  await page.getByLabel(/Giới tính/).selectOption("Nam");
  await page.getByLabel(/Nơi sinh/).fill("Bệnh viện Đa khoa tỉnh Quảng Nam");
  await page.getByLabel(/Họ, chữ đệm và tên người mẹ/).fill("Trần Thị Bình");
}

/** From the English start page to step 2, through step 1 with the prefilled applicant and a chosen unit. */
async function startInEnglish(page: Page, axe = true) {
  await signIn(page, `/en${WIZARD}`);
  await expect(page).toHaveURL(new RegExp(`/en${WIZARD.replace(/\./g, "\\.")}$`));
  await expectEnglishStep(page, "Đăng ký khai sinh", { axe });
  await page.getByRole("button", { name: "Start your application" }).click();
  await expectEnglishStep(page, "About the applicant", { axe });
  await page.getByLabel(/Where to send your application/).selectOption(AN_MY);
}

test("a citizen files Đăng ký khai sinh in English and gets an English receipt slip with the Vietnamese original", async ({ page }) => {
  await startInEnglish(page);

  // Step 1: a wrong phone number answers in English and keeps what was typed.
  await page
    .getByLabel(/^Phone number/)
    .first()
    .fill("12345");
  await page
    .getByLabel(/^Contact address/)
    .first()
    .fill("15 Hùng Vương, phường An Mỹ");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(alertIn(page)).toContainText("Enter a phone number of 10 or 11 digits");
  await expect(page.getByLabel(/^Contact address/).first()).toHaveValue("15 Hùng Vương, phường An Mỹ");
  await expectAccessible(page);
  await page
    .getByLabel(/^Phone number/)
    .first()
    .fill("0905123456");
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Step 2: the legal form stays Vietnamese, marked so; its checks answer in English.
  await expectEnglishStep(page, "Application form");
  await expect(page.getByText("This is the official form in Vietnamese")).toBeVisible();
  await expect(page.locator('main label [lang="vi"]').first()).toBeVisible();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(alertIn(page)).toContainText("Enter this information.");
  await expectAccessible(page);
  await fillBirthForm(page);
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Step 3: documents; a refused file is explained in English.
  await expectEnglishStep(page, "Documents");
  const slot = (i: number) => page.locator(`#doc-${i}`);
  await slot(0).locator('input[type="file"]').setInputFiles({ name: "to-khai.pdf", mimeType: "application/pdf", buffer: EXE });
  await slot(0).getByRole("button", { name: "Upload" }).click();
  await expect(slot(0).getByRole("alert")).toContainText("not in an accepted format");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(alertIn(page).last()).toContainText("Upload this required document.");
  await uploadDocuments(
    page,
    [
      [0, "to-khai.pdf"],
      [1, "giay-chung-sinh.pdf"],
      [2, "cccd.pdf"],
    ],
    "Upload",
  );
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Step 4: check, declare, submit.
  await expectEnglishStep(page, "Check your answers before you submit");
  await expect(page.getByText("Bệnh viện Đa khoa tỉnh Quảng Nam")).toBeVisible();
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(alertIn(page)).toContainText("Tick the declaration");
  await page.getByLabel(/I declare that the information/).check();
  await page.getByRole("button", { name: "Submit application" }).click();

  // The confirmation, in English.
  await expectEnglishStep(page, "Application submitted");
  await expect(page).toHaveURL(/\/en\/thu-tuc\/1\.001193\/nop-ho-so\/da-nop\?ma=/);
  const code = (await page.getByTestId("dossier-code").textContent()) ?? "";
  expect(code).toMatch(/^000\.01\.22\.H47-\d{6}-\d{4}$/);
  await expect(page.getByText("What happens next: Fully online service")).toBeVisible();

  // The receipt slip: English first, the Vietnamese original on the next page, the PDF's language English.
  const slip = page.getByRole("link", { name: "Download the receipt and appointment slip (PDF)" });
  await expect(slip).toHaveAttribute("href", `/en/ho-so/${code}/phieu-tiep-nhan`);
  const response = await page.request.get((await slip.getAttribute("href")) ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toContain(`receipt-${code}.pdf`);
  const pdf = await pdfText(await response.body());
  expect(pdf.language).toBe("en-GB");
  expect(pdf.title).toBe(`RECEIPT OF APPLICATION AND APPOINTMENT FOR RESULT — ${code}`);
  expect(pdf.pages).toHaveLength(2);
  expect(pdf.pages[0]).toContain(`Application number: ${code}`);
  expect(pdf.pages[0]).toContain("Procedure requested: Đăng ký khai sinh (procedure code 1.001193)");
  expect(pdf.pages[0]).toContain("Submitted: Online");
  expect(pdf.pages[0]).not.toContain("Tiếp nhận hồ sơ của");
  expect(pdf.pages[1]).toContain("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
  expect(pdf.pages[1]).toContain(`Mã hồ sơ: ${code}`);

  // The dossier is marked English: its slip is bilingual from the Vietnamese address too, and the mail is English.
  const fromVietnamese = await pdfText(await (await page.request.get(`/ho-so/${code}/phieu-tiep-nhan`)).body());
  expect(fromVietnamese.pages).toHaveLength(2);
  expect(fromVietnamese.pages[0]).toContain("RECEIPT OF APPLICATION");
  const mail = await emailsAbout(page, code);
  expect(mail).toContain(`Application ${code} submitted online`);
  expect(mail).toContain("Kính gửi");
});

test("switching language mid-journey keeps the draft and what was entered", async ({ page }) => {
  await startInEnglish(page, false);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expectEnglishStep(page, "Application form", { axe: false });
  await fillBirthForm(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expectEnglishStep(page, "Documents", { axe: false });
  const draft = new URL(page.url()).searchParams.get("draft");
  expect(draft).toBeTruthy();

  // To Vietnamese at step 3: the same draft and step.
  await page.getByRole("link", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { name: "Thành phần hồ sơ" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  expect(new URL(page.url()).pathname).toBe(WIZARD);
  expect(new URL(page.url()).searchParams.get("draft")).toBe(draft);

  // Back to step 2 in Vietnamese: the answers are there.
  await page.getByRole("link", { name: /Bước 2\/4/ }).click();
  await expect(page.getByRole("heading", { name: "Tờ khai" })).toBeVisible();
  await expect(page.getByLabel(/Nơi sinh/)).toHaveValue("Bệnh viện Đa khoa tỉnh Quảng Nam");
  await expect(page.getByLabel(/Họ, chữ đệm và tên của trẻ/)).toHaveValue("Nguyễn Văn An");

  // And back to English at step 2: still the same draft, the answers and the applicant's unit.
  await page.getByRole("link", { name: "English" }).click();
  await expectEnglishStep(page, "Application form", { axe: false });
  expect(new URL(page.url()).searchParams.get("draft")).toBe(draft);
  await expect(page.getByLabel(/Nơi sinh/)).toHaveValue("Bệnh viện Đa khoa tỉnh Quảng Nam");
  await page.getByRole("link", { name: /Step 1 of 4/ }).click();
  await expect(page.getByLabel(/Where to send your application/)).toHaveValue(AN_MY);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language switch lands on the same draft step", async ({ page }) => {
    await startInEnglish(page, false);
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expectEnglishStep(page, "Application form", { axe: false });
    const draft = new URL(page.url()).searchParams.get("draft");
    expect(draft).toBeTruthy();

    // The switcher's plain link has no query; the wizard finds the draft the reader came from.
    await page.getByRole("link", { name: "Tiếng Việt" }).click();
    await expect(page.getByRole("heading", { name: "Tờ khai" })).toBeVisible();
    expect(new URL(page.url()).searchParams.get("draft")).toBe(draft);
    expect(new URL(page.url()).searchParams.get("buoc")).toBe("2");

    // The Vietnamese start page opened on purpose still lists the draft instead of opening it.
    await page.goto(WIZARD);
    await expect(page.getByRole("heading", { name: "Hồ sơ đang soạn của bạn cho thủ tục này" })).toBeVisible();
  });
});
