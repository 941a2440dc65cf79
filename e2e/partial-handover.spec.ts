import { expect, test } from "./fixtures";
import { expectAccessible, expectFitsPhone } from "./helpers";
import { actionForm, approveAndSign, assignSpecialist, dossierAtReception, officerPage, proposeDraftResult, takeAction } from "./officer-helpers";

// Chứng thực chữ ký (commune level, một phần): the result is collected at the one-stop counter.
const SIGNATURE_CERTIFICATION = { serviceCode: "2.000884", formData: { documentName: "Giấy ủy quyền", signatureCount: 1 } };

test("partial service: online dossier → receive → assign → draft → approve → processed → returned at the counter; the citizen sees the handover", async ({
  browser,
  page: citizen,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "The journey runs once.");
  test.setTimeout(300_000);

  const { code, dossierPath, reception } = await dossierAtReception(browser, citizen, SIGNATURE_CERTIFICATION);
  await expect(reception.getByText("Mới đăng ký ·")).toBeVisible();
  await expectAccessible(reception);
  await takeAction(reception, "Tiếp nhận");
  await assignSpecialist(reception);
  await expect(reception.getByText("Đang xử lý ·")).toBeVisible();

  const specialist = await officerPage(browser, "chuyenvien@example.vn", dossierPath);
  await proposeDraftResult(specialist, "giay-uy-quyen-da-chung-thuc.pdf");
  await expectAccessible(specialist);

  const leader = await officerPage(browser, "lanhdao@example.vn", dossierPath);
  await approveAndSign(leader, { number: "27/CT-UBND" });
  await expectAccessible(leader);

  // Returning the result of a partial service needs the handover at the counter recorded.
  await reception.reload();
  const giveBack = actionForm(reception, "Trả kết quả");
  await giveBack.getByRole("button", { name: "Trả kết quả" }).click();
  await expect(giveBack.getByRole("alert")).toContainText("ghi nhận việc trao kết quả tại quầy");
  await expectAccessible(reception);
  await giveBack.getByLabel("Đã trao kết quả cho người nộp tại quầy").check();
  await giveBack.getByLabel("Ghi chú").fill("Ông An nhận bản chính tại quầy số 2.");
  await giveBack.getByRole("button", { name: "Trả kết quả" }).click();
  await expect(reception.getByText("Đã trả kết quả ·")).toBeVisible();
  await expectAccessible(reception);

  await citizen.goto(`/ho-so/${code}`);
  await expect(citizen.getByRole("heading", { level: 1 })).toContainText(code);
  await expect(citizen.getByText("Đã trả kết quả").first()).toBeVisible();
  // The result's facts and where it was collected; the counter's note is the officers' record.
  const result = citizen.getByRole("region", { name: "Kết quả giải quyết" });
  await expect(result).toContainText("27/CT-UBND");
  await expect(result).toContainText("Trần Văn Lãnh");
  await expect(result).toContainText(/Bạn đã nhận kết quả tại Bộ phận Một cửa lúc \d{2}:\d{2}/);
  await expect(citizen.getByText("Ông An nhận bản chính tại quầy số 2.")).toHaveCount(0);
  await expectAccessible(citizen);
  await expectFitsPhone(citizen, "partial-returned");
});
