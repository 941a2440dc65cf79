import { expect, test, type Page } from "./fixtures";
import { expectAccessible, expectFitsPhone } from "./helpers";
import { officerPage } from "./officer-helpers";
import { signIn } from "./submission-helpers";

/**
 * Feedback and petitions (docs/feedback.md): a citizen sends without an account and without JavaScript, follows it
 * by code and phone; the 1022 operator forwards it to Sở Xây dựng; the agency answers; the centre approves
 * and publishes it; the citizen rates the answer; the published answer shows masked.
 */

const AGENCY = "Sở Xây dựng tỉnh Quảng Nam";

/** The form of one action on the officer's item page, found by its heading. */
function actionForm(page: Page, label: string) {
  return page.locator("form").filter({ has: page.getByRole("heading", { level: 3, name: label, exact: true }) });
}

/** Each run (and each project) its own words, so searches find this run's item only. */
function uniqueWord(projectName: string) {
  return `ma${projectName.slice(0, 1)}${Date.now().toString(36)}`;
}

test("a citizen sends without an account or JavaScript, the 1022 line forwards, the agency answers, the centre publishes, the citizen rates", async ({
  browser,
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const word = uniqueWord(testInfo.project.name);
  const subject = `Đèn đường hỏng ở phường An Mỹ ${word}`;
  const phone = `09${String(Date.now()).slice(-8)}`;

  // --- Without JavaScript: errors next to the fields and in the summary, nothing typed lost ---
  const noScript = await (
    await browser.newContext({ javaScriptEnabled: false, ...(testInfo.project.use.viewport ? { viewport: testInfo.project.use.viewport } : {}) })
  ).newPage();
  await noScript.goto("/phan-anh-kien-nghi");
  await noScript.getByLabel("Tiêu đề", { exact: true }).fill("Đèn");
  await noScript.getByLabel("Nội dung", { exact: true }).fill("Đèn đường trước nhà số 12 Trần Phú đã hỏng ba tuần, ban đêm rất tối.");
  await noScript.getByLabel("Họ và tên", { exact: true }).fill("Nguyễn Văn An");
  await noScript.getByLabel("Số điện thoại", { exact: true }).fill("12345");
  await noScript.getByLabel("Mã hồ sơ liên quan", { exact: true }).fill("KHONG-CO-HO-SO");
  await noScript.getByRole("button", { name: "Tiếp tục" }).click();
  const summary = noScript.getByRole("alert").filter({ hasText: "Vui lòng sửa các mục sau" });
  await expect(summary).toBeVisible();
  await expect(noScript.getByLabel("Số điện thoại", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(noScript.locator("#pakn-senderPhone-loi")).toBeVisible();
  await expect(noScript.locator("#pakn-kind-loi")).toBeVisible();
  await expect(noScript.locator("#pakn-subject-loi")).toBeVisible();
  // What was typed is still there.
  await expect(noScript.getByLabel("Nội dung", { exact: true })).toHaveValue(/Trần Phú/);
  await expect(noScript.getByLabel("Họ và tên", { exact: true })).toHaveValue("Nguyễn Văn An");

  await noScript.getByLabel("Phản ánh", { exact: true }).check();
  await noScript.getByLabel("Tiêu đề", { exact: true }).fill(subject);
  await noScript.getByLabel("Số điện thoại", { exact: true }).fill(phone);
  await noScript.getByLabel("Thư điện tử", { exact: true }).fill("an.nguyen@example.vn");
  await noScript.getByRole("button", { name: "Tiếp tục" }).click();
  // A dossier code that does not exist is caught before anything is stored.
  await expect(noScript.locator("#pakn-dossierCode-loi")).toBeVisible();
  await expect(noScript.getByLabel("Tiêu đề", { exact: true })).toHaveValue(subject);
  await noScript.getByLabel("Mã hồ sơ liên quan", { exact: true }).fill("");
  await noScript.getByLabel(/Tôi đồng ý công khai câu trả lời/).check();
  await noScript.getByRole("button", { name: "Tiếp tục" }).click();

  // Review: what was checked, once more, before anything is stored.
  await expect(noScript.getByRole("heading", { name: "Kiểm tra và gửi" })).toBeVisible();
  await expect(noScript.getByText(subject)).toBeVisible();
  // A file that is not a PDF, JPEG or PNG by its content (whatever its name) sends nothing: the review
  // comes back with the message beside the file field and the text kept.
  const attachments = noScript.getByLabel(/Tệp đính kèm/);
  await attachments.setInputFiles({ name: "hoa-don.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ this is a program, not a PDF") });
  await noScript.getByRole("button", { name: "Gửi phản ánh, kiến nghị" }).click();
  await expect(noScript.locator("#pakn-attachments-loi")).toContainText("Tệp “hoa-don.pdf” không phải PDF, JPEG hoặc PNG");
  await expect(noScript.getByLabel(/Tệp đính kèm/)).toHaveAttribute("aria-invalid", "true");
  await expect(noScript.getByText(subject)).toBeVisible();
  await expect(noScript.getByText(/trước nhà số 12 Trần Phú/)).toBeVisible();
  await noScript
    .getByLabel(/Tệp đính kèm/)
    .setInputFiles({ name: "ảnh đèn hỏng.pdf", mimeType: "application/pdf", buffer: Buffer.from(`%PDF-1.4\n% đèn đường ${word}\n%%EOF\n`) });
  await noScript.getByRole("button", { name: "Gửi phản ánh, kiến nghị" }).click();
  await expect(noScript.getByRole("heading", { level: 1, name: "Đã gửi phản ánh, kiến nghị" })).toBeVisible();
  await expect(noScript.getByText("Đã đính kèm 1 tệp.")).toBeVisible();
  const code = (await noScript.locator("p.font-mono").textContent())?.trim() ?? "";
  expect(code).toMatch(/^PAKN-\d{6}-\d{4}$/);

  // Tracking by code + phone, without JavaScript: a wrong phone says so, the right one shows the item.
  await noScript.getByRole("link", { name: "Tra cứu tiến độ" }).click();
  await expect(noScript.getByLabel("Mã phản ánh", { exact: true })).toHaveValue(code);
  await noScript.getByLabel("Số điện thoại", { exact: true }).fill("0900000000");
  await noScript.getByRole("button", { name: "Tra cứu" }).click();
  await expect(noScript.getByText("Không tìm thấy phản ánh với mã và số điện thoại này")).toBeVisible();
  await noScript.getByLabel("Số điện thoại", { exact: true }).fill(phone);
  await noScript.getByRole("button", { name: "Tra cứu" }).click();
  await expect(noScript.getByRole("heading", { level: 2, name: subject })).toBeVisible();
  await expect(noScript.getByText("Mới tiếp nhận").first()).toBeVisible();

  // The same public pages with JavaScript: accessible, no sideways scrolling.
  for (const path of [
    "/phan-anh-kien-nghi",
    "/phan-anh-kien-nghi/tra-cuu",
    `/phan-anh-kien-nghi/da-gui?ma=${code}`,
    "/phan-anh-kien-nghi/da-tra-loi",
  ]) {
    await page.goto(path);
    await expectAccessible(page);
    await expectFitsPhone(page, `feedback-${path.split("/").pop()?.split("?")[0]}`);
  }
  // With JavaScript the form checks in the browser first; the messages are the server's.
  await page.goto("/phan-anh-kien-nghi");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.locator("#pakn-content-loi")).toBeVisible();
  await expectAccessible(page);

  // --- The 1022 operator finds it in "Mới tiếp nhận" and forwards it to the agency ---
  const operator = await officerPage(browser, "tongdai@example.vn", `/quan-tri/phan-anh?q=${code}`);
  await expectAccessible(operator);
  await expectFitsPhone(operator, "feedback-queue");
  await operator.getByRole("link", { name: code }).click();
  await expect(operator.getByRole("heading", { level: 1 })).toContainText(subject);
  await expectAccessible(operator);
  await expectFitsPhone(operator, "feedback-item");
  const forward = actionForm(operator, "Chuyển cơ quan xử lý");
  await forward.getByLabel("Cơ quan, đơn vị").selectOption({ label: AGENCY });
  await forward.getByRole("button", { name: "Chuyển cơ quan xử lý" }).click();
  await expect(operator.getByRole("status")).toContainText("Chuyển cơ quan xử lý");
  await expect(operator.getByText("Đã chuyển cơ quan xử lý").first()).toBeVisible();

  // --- The agency answers ---
  const agency = await officerPage(browser, "chuyenvien.sxd@example.vn", `/quan-tri/phan-anh?hang-doi=forwarded&q=${code}`);
  await expectAccessible(agency);
  await agency.getByRole("link", { name: code }).click();
  // The agency the item was forwarded to downloads the citizen's file.
  const [download] = await Promise.all([agency.waitForEvent("download"), agency.getByRole("link", { name: "ảnh đèn hỏng.pdf" }).click()]);
  expect(download.suggestedFilename()).toBe("ảnh đèn hỏng.pdf");
  const downloaded = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of downloaded) chunks.push(Buffer.from(chunk));
  expect(Buffer.concat(chunks).toString()).toContain(`đèn đường ${word}`);
  const answer = actionForm(agency, "Gửi câu trả lời của cơ quan");
  await answer.getByRole("button", { name: "Gửi câu trả lời của cơ quan" }).click();
  // Wait for the refusal itself: filling before it arrives would be undone, since the form resets when its post returns.
  await expect(answer.getByText("Nội dung trả lời từ 1 đến 10.000 ký tự.")).toBeVisible();
  await expect(answer.getByLabel("Nội dung trả lời")).toHaveAttribute("aria-invalid", "true");
  await answer
    .getByLabel("Nội dung trả lời")
    .fill(`Sở Xây dựng đã giao Công ty Điện chiếu sáng thay đèn trong tuần này. Cảm ơn ông Nguyễn Văn An (${phone}) đã phản ánh.`);
  await answer.getByRole("button", { name: "Gửi câu trả lời của cơ quan" }).click();
  await expect(agency.getByRole("status")).toContainText("Gửi câu trả lời của cơ quan");
  await agency.context().close();

  // --- The centre approves (sends to the citizen) and publishes with the masked text ---
  await operator.reload();
  const approve = actionForm(operator, "Duyệt và gửi câu trả lời cho người dân");
  await expect(approve.getByLabel("Nội dung trả lời")).toHaveValue(/Điện chiếu sáng/);
  await approve.getByRole("button", { name: "Duyệt và gửi câu trả lời cho người dân" }).click();
  await expect(operator.getByRole("status")).toContainText("Duyệt và gửi");
  const publish = actionForm(operator, "Công khai câu trả lời");
  // The suggested public text has the phone number masked; the publisher reviews it.
  await expect(publish.getByLabel("Câu trả lời công khai")).not.toHaveValue(new RegExp(phone));
  await publish.getByRole("button", { name: "Công khai câu trả lời" }).click();
  await expect(operator.getByRole("status")).toContainText("Công khai câu trả lời");
  await expectAccessible(operator);
  await operator.context().close();

  // --- The citizen sees the answer and rates it (without JavaScript) ---
  await noScript.goto(`/phan-anh-kien-nghi/tra-cuu?ma=${code}`);
  await noScript.getByLabel("Số điện thoại", { exact: true }).fill(phone);
  await noScript.getByRole("button", { name: "Tra cứu" }).click();
  await expect(noScript.getByText(/Điện chiếu sáng thay đèn/).first()).toBeVisible();
  await noScript.getByRole("button", { name: "Hài lòng", exact: true }).click();
  await expect(noScript.getByText("Bạn đã đánh giá: hài lòng")).toBeVisible();
  await noScript.context().close();

  // --- Published, masked: found without diacritics, initials instead of the name, no phone, no email ---
  await page.goto(`/phan-anh-kien-nghi/da-tra-loi?q=${encodeURIComponent(`den duong hong ${word}`)}`);
  const published = page.getByRole("article").filter({ hasText: code });
  await expect(published).toBeVisible();
  await expect(published).toContainText("N.V.A.");
  await expect(published).not.toContainText("Nguyễn Văn An");
  await expect(published).not.toContainText(phone);
  await expect(published).not.toContainText("an.nguyen@example.vn");
  await expectAccessible(page);
  await expectFitsPhone(page, "feedback-published");
});

test("a signed-in citizen finds what they sent in their account; the operator records a call answered on the spot", async ({
  browser,
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const word = uniqueWord(testInfo.project.name);
  await signIn(page, "/phan-anh-kien-nghi");
  await expect(page.getByLabel("Họ và tên", { exact: true })).not.toHaveValue("");
  await page.getByLabel("Hỏi thông tin").check();
  await page.getByLabel("Tiêu đề", { exact: true }).fill(`Hỏi về lệ phí đăng ký kinh doanh ${word}`);
  await page.getByLabel("Nội dung", { exact: true }).fill("Xin hỏi lệ phí đăng ký hộ kinh doanh hiện nay là bao nhiêu?");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByRole("button", { name: "Gửi phản ánh, kiến nghị" }).click();
  const code = (await page.locator("p.font-mono").textContent())?.trim() ?? "";
  await page.goto("/tai-khoan");
  await page.getByRole("link", { name: "Phản ánh của tôi" }).first().click();
  await expect(page).toHaveURL(/\/tai-khoan\/phan-anh$/);
  await expectAccessible(page);
  await expectFitsPhone(page, "feedback-mine");
  await page.getByRole("link", { name: new RegExp(word) }).click();
  await expect(page.getByText(code)).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page, "feedback-mine-item");

  const operator = await officerPage(browser, "tongdai@example.vn", "/quan-tri/phan-anh/nhap");
  await operator.getByRole("button", { name: "Ghi vào sổ" }).click();
  await expect(operator.locator("#nhap-content-loi")).toBeVisible();
  await expectAccessible(operator);
  await expectFitsPhone(operator, "feedback-intake");
  await operator.getByLabel("Kênh tiếp nhận").selectOption({ label: "Điện thoại (1022)" });
  await operator.getByLabel("Hỏi thông tin").check();
  await operator.getByLabel("Tiêu đề", { exact: true }).fill(`Giờ làm việc Bộ phận Một cửa ${word}`);
  await operator.getByLabel("Nội dung", { exact: true }).fill("Người gọi hỏi giờ làm việc thứ Bảy của Bộ phận Một cửa.");
  await operator.getByLabel("Họ và tên", { exact: true }).fill("Trần Thị Bình");
  await operator.getByLabel(/Câu trả lời tại chỗ/).fill("Bộ phận Một cửa làm việc sáng thứ Bảy từ 7 giờ 30 đến 11 giờ 30.");
  await operator.getByRole("button", { name: "Ghi vào sổ" }).click();
  await expect(operator.getByRole("status")).toContainText("Đã ghi vào sổ");
  await expect(operator.getByText("Đã đóng").first()).toBeVisible();
  await expectAccessible(operator);
});
