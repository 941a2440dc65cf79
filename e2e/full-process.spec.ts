import { expect, test } from "./fixtures";
import { expectAccessible } from "./helpers";
import { approveAndSign, assignSpecialist, expectPdf, officerPage, proposeDraftResult, requestFee } from "./officer-helpers";
import { HOUSEHOLD_INCOME, PDF, payThroughTestGateway, signIn, submitDossier } from "./submission-helpers";

test("full process: submit → receive → supplementation → payment → result → the citizen downloads it and rates", async ({ browser, page: citizen }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "The journey runs once.");
  test.setTimeout(300_000);

  // The citizen submits (through the API with their session; the wizard has its own journey).
  await signIn(citizen, "/ho-so");
  const code = await submitDossier(citizen, HOUSEHOLD_INCOME);
  const dossierPath = `/quan-tri/ho-so/${code}`;

  // Reception receives it and asks for a missing paper (Mẫu 02).
  const reception = await officerPage(browser, "tiepnhan@example.vn", dossierPath);
  await reception.getByRole("button", { name: "Tiếp nhận", exact: true }).click();
  await expect(reception.getByText("Được tiếp nhận ·")).toBeVisible();
  await reception.getByLabel("Giấy tờ cần bổ sung (mỗi dòng một giấy tờ)").fill("Giấy xác nhận thu nhập của hộ gia đình");
  await reception.getByRole("button", { name: "Yêu cầu bổ sung", exact: true }).click();
  await expect(reception.getByText("Yêu cầu bổ sung giấy tờ ·")).toBeVisible();
  await expectPdf(await reception.request.get(`/ho-so/${code}/phieu/yeu-cau-bo-sung`));

  // The citizen sees it, uploads the paper and answers; the clock resumes.
  await citizen.goto(`/ho-so/${code}`);
  await expect(citizen.getByText("Giấy xác nhận thu nhập của hộ gia đình").first()).toBeVisible();
  await expectAccessible(citizen);
  await citizen.getByLabel(/Tải lên giấy tờ bổ sung/).setInputFiles({ name: "xac-nhan-thu-nhap.pdf", mimeType: "application/pdf", buffer: PDF("xac nhan") });
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
  await proposeDraftResult(specialist, "quyet-dinh.pdf");
  const leader = await officerPage(browser, "lanhdao@example.vn", dossierPath);
  await approveAndSign(leader, { number: "88/QĐ-UBND", signedOn: "2026-12-02" });
  await reception.reload();
  await reception.getByRole("button", { name: "Trả kết quả", exact: true }).click();
  await expect(reception.getByText("Đã trả kết quả ·")).toBeVisible();

  // The citizen downloads the electronic result and rates the dossier once.
  await citizen.goto(`/ho-so/${code}`);
  const result = citizen.getByRole("link", { name: /quyet-dinh\.pdf/ });
  await expect(result).toBeVisible();
  const download = await citizen.request.get((await result.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
  for (let i = 0; i < 9; i++) await citizen.getByRole("group", { name: new RegExp(`^${i + 1}\\.`) }).getByLabel("Tốt", { exact: true }).check();
  await citizen.getByRole("group", { name: "Mức độ dễ sử dụng của Cổng" }).getByLabel("Rất hài lòng").check();
  await citizen.getByRole("group", { name: "Mức độ hài lòng chung" }).getByLabel("Hài lòng", { exact: true }).check();
  await citizen.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(citizen.getByRole("status").first()).toBeVisible();
  await expect(citizen.getByRole("button", { name: "Gửi đánh giá" })).toHaveCount(0);
  await expectAccessible(citizen);

  // The unit sees the rating.
  await leader.goto("/quan-tri/danh-gia");
  await expect(leader.getByText(code)).toBeVisible();
  await expectAccessible(leader);
});
