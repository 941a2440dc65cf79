import { expect, test } from "./fixtures";
import { emailsAbout, expectAccessible, expectFitsPhone } from "./helpers";
import { formatVietnamDate } from "../lib/calendar/format";
import {
  approveAndSign,
  assignSpecialist,
  expectPdf,
  dossierAtReception,
  officerPage,
  proposeDraftResult,
  requestFee,
  todayInVietnam,
} from "./officer-helpers";
import { HOUSEHOLD_INCOME, PDF, payThroughTestGateway } from "./submission-helpers";

/** The demo citizen's CCCD, which the dossier carries (the lookup asks for it). */
const CITIZEN_ID = "049090012345";

/** The officers' working notes, distinctive enough to find anywhere they leak (docs/domain.md#timeline). */
const PROPOSAL_NOTE = "NB-TRINH-4417: Đủ điều kiện cấp, kính trình lãnh đạo.";
const APPROVAL_NOTE = "NB-DUYET-4417: Đồng ý.";

test("full process: submit → receive → supplementation → payment → result → the citizen downloads it and rates", async ({
  browser,
  page: citizen,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "The journey runs once.");
  test.setTimeout(300_000);

  // The citizen submits (through the API with their session; the wizard has its own journey).
  // Reception receives it and asks for a missing paper (Mẫu 02).
  const { code, dossierPath, reception } = await dossierAtReception(browser, citizen, HOUSEHOLD_INCOME);
  await reception.getByRole("button", { name: "Tiếp nhận", exact: true }).click();
  await expect(reception.getByText("Được tiếp nhận ·")).toBeVisible();
  await reception.getByLabel("Giấy tờ cần bổ sung (mỗi dòng một giấy tờ)").fill("Giấy xác nhận thu nhập của hộ gia đình");
  await reception.getByRole("button", { name: "Yêu cầu bổ sung", exact: true }).click();
  await expect(reception.getByText("Yêu cầu bổ sung giấy tờ ·")).toBeVisible();
  await expectPdf(await reception.request.get(`/ho-so/${code}/phieu/yeu-cau-bo-sung`));

  // The citizen sees it, uploads the paper and answers; the clock resumes.
  // What is missing is listed beside the upload, not left to the timeline.
  await citizen.goto(`/ho-so/${code}`);
  const actions = citizen.getByRole("region", { name: "Thao tác với hồ sơ" });
  await expect(actions.getByRole("heading", { name: "Giấy tờ cần bổ sung" })).toBeVisible();
  await expect(actions.getByRole("listitem").filter({ hasText: "Giấy xác nhận thu nhập của hộ gia đình" })).toBeVisible();
  await expectAccessible(citizen);
  await expectFitsPhone(citizen, "supplement");
  await citizen
    .getByLabel(/Tải lên giấy tờ bổ sung/)
    .setInputFiles({ name: "xac-nhan-thu-nhap.pdf", mimeType: "application/pdf", buffer: PDF("xac nhan") });
  await citizen.getByRole("button", { name: "Tải lên", exact: true }).click();
  await expect(citizen.getByText("Đã tải tệp lên.")).toBeVisible();
  await citizen.getByLabel("Nội dung bổ sung").fill("Đã bổ sung giấy xác nhận thu nhập.");
  await citizen.getByRole("button", { name: "Gửi bổ sung" }).click();
  await expect(citizen.getByText("Đang xử lý").first()).toBeVisible();

  // Reception assigns the specialist, who asks for the fee.
  await reception.reload();
  await assignSpecialist(reception);
  const specialist = await officerPage(browser, "chuyenvien@example.vn", dossierPath);
  await requestFee(specialist, "50000");

  // The citizen pays through the test gateway (clearly marked), which calls back signed.
  await citizen.goto(`/ho-so/${code}`);
  await payThroughTestGateway(citizen);

  // Draft result → leader approves and signs → reception returns it.
  await specialist.reload();
  await proposeDraftResult(specialist, "quyet-dinh.pdf", PROPOSAL_NOTE);
  const leader = await officerPage(browser, "lanhdao@example.vn", dossierPath);
  await approveAndSign(leader, { number: "88/QĐ-UBND", approvalNote: APPROVAL_NOTE });
  // Officers see their notes.
  await expect(leader.getByText(PROPOSAL_NOTE)).toBeVisible();
  await reception.reload();
  await reception.getByRole("button", { name: "Trả kết quả", exact: true }).click();
  await expect(reception.getByText("Đã trả kết quả ·")).toBeVisible();

  // The citizen finds the result first, with its number and signer, apart from the documents they handed in,
  // and downloads it; the timeline says what happened in plain words, without the officers' notes.
  await citizen.goto(`/ho-so/${code}`);
  await expect(citizen.locator("main h2").first()).toHaveText("Kết quả giải quyết");
  const resultSection = citizen.getByRole("region", { name: "Kết quả giải quyết" });
  for (const fact of ["88/QĐ-UBND", "Trần Văn Lãnh", formatVietnamDate(todayInVietnam()), "An Mỹ"]) await expect(resultSection).toContainText(fact);
  await expect(citizen.getByRole("region", { name: "Giấy tờ đã nộp" })).not.toContainText("quyet-dinh.pdf");
  await expect(citizen.getByText("Hồ sơ đang được chuyên viên thẩm định")).toBeVisible();
  await expect(citizen.getByText("Đã có kết quả", { exact: true })).toBeVisible();
  for (const note of [PROPOSAL_NOTE, APPROVAL_NOTE]) expect(await citizen.content()).not.toContain(note.slice(0, 13));
  await expectFitsPhone(citizen, "finished");
  const result = resultSection.getByRole("link", { name: /quyet-dinh\.pdf/ });
  await expect(result).toBeVisible();
  const download = await citizen.request.get((await result.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
  for (let i = 0; i < 9; i++)
    await citizen
      .getByRole("group", { name: new RegExp(`^${i + 1}\\.`) })
      .getByLabel("Tốt", { exact: true })
      .check();
  await citizen.getByRole("group", { name: "Mức độ dễ sử dụng của Cổng" }).getByLabel("Rất hài lòng").check();
  await citizen.getByRole("group", { name: "Mức độ hài lòng chung" }).getByLabel("Hài lòng", { exact: true }).check();
  await citizen.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(citizen.getByRole("status").first()).toBeVisible();
  await expect(citizen.getByRole("button", { name: "Gửi đánh giá" })).toHaveCount(0);
  await expectAccessible(citizen);

  // The lookup shows the result's facts (not its file) and no notes; nor do the emails and notifications.
  await citizen.goto(`/tra-cuu?code=${encodeURIComponent(code)}`);
  await citizen.getByLabel("Số giấy tờ của người nộp").fill(CITIZEN_ID);
  await citizen.getByRole("button", { name: "Tra cứu" }).click();
  const lookupResult = citizen.getByRole("region", { name: "Kết quả giải quyết" });
  await expect(lookupResult).toContainText("88/QĐ-UBND");
  await expect(lookupResult).toContainText("Trần Văn Lãnh");
  await expectAccessible(citizen);
  await expectFitsPhone(citizen, "lookup-finished");
  const mail = await emailsAbout(citizen, code);
  expect(mail).toContain("Đã có kết quả (số 88/QĐ-UBND)");
  await citizen.goto("/thong-bao");
  await expect(citizen.getByText(`Hồ sơ ${code}: Đã có kết quả (số 88/QĐ-UBND)`).first()).toBeVisible();
  for (const text of [await citizen.content(), mail, await citizen.request.get(`/ho-so/${code}`).then((r) => r.text())]) {
    for (const note of [PROPOSAL_NOTE, APPROVAL_NOTE]) expect(text).not.toContain(note.slice(0, 13));
  }

  // The unit sees the rating.
  await leader.goto("/quan-tri/danh-gia");
  await expect(leader.getByText(code)).toBeVisible();
  await expectAccessible(leader);
});
