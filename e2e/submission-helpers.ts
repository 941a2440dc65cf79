import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./helpers";

export const CITIZEN = { login: "congdan@example.vn", password: "CongDan@2024" };

export const PDF = (label: string) => Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);
export const EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00", "latin1"), Buffer.alloc(2048)]);
export const BIG_PDF = () => Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(11 * 1024 * 1024, 0x20)]);

/** Signs in through the accounts pages and comes back to `next`. */
export async function signIn(page: Page, next: string) {
  await page.goto(`/dang-nhap?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Số CCCD, mã số thuế hoặc email").fill(CITIZEN.login);
  await page.getByLabel("Mật khẩu").fill(CITIZEN.password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).not.toHaveURL(/dang-nhap/);
}

/** The household-income service (1.000308, toàn trình) at UBND phường An Mỹ, the demo officers' unit. */
export const HOUSEHOLD_INCOME = {
  serviceCode: "1.000308",
  formData: { householdHead: "Nguyễn Văn An", householdAddress: "An Mỹ, Tam Kỳ", memberCount: 4, monthlyIncomePerCapita: 3500000 },
};
export const AN_MY = "000.01.22.H47";

/** Đăng ký khai sinh (1.001193), filled in: a one-shot submission through POST /api/v1/dossiers (no uploads). */
export const BIRTH_REGISTRATION = {
  serviceCode: "1.001193",
  formData: {
    childFullName: "Nguyễn Văn An",
    childBirthDate: "2026-11-01",
    childSex: "Nam",
    birthPlace: "Bệnh viện Đa khoa tỉnh Quảng Nam",
    motherFullName: "Trần Thị Bình",
  },
};

/**
 * The signed-in citizen submits a dossier through the API with their session (the wizard has its own
 * journey) and gets its code.
 */
export async function submitDossier(
  citizen: Page,
  dossier: { serviceCode: string; formData: Record<string, unknown> },
  receivingUnitCode = AN_MY,
): Promise<string> {
  const created = await citizen.request.post("/api/v1/dossiers", {
    data: { serviceCode: dossier.serviceCode, receivingUnitCode, formData: dossier.formData },
    headers: { origin: new URL(citizen.url()).origin },
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { code: string }).code;
}

/** On their dossier page, the citizen pays the waiting fee through the clearly marked test gateway. */
export async function payThroughTestGateway(citizen: Page) {
  await citizen.getByRole("link", { name: "Thanh toán trực tuyến" }).click();
  await expect(citizen.getByText("CHẾ ĐỘ THỬ NGHIỆM")).toBeVisible();
  await expectAccessible(citizen);
  await citizen.getByRole("button", { name: "Thanh toán thành công" }).click();
  await expect(citizen.getByRole("status")).toContainText("Thanh toán thành công");
}

/** On the wizard's documents step: uploads a small PDF named `name` into slot `#doc-<i>` for each pair, and sees it listed. */
export async function uploadDocuments(page: Page, files: readonly (readonly [number, string])[], uploadButton: string) {
  for (const [i, name] of files) {
    const slot = page.locator(`#doc-${i}`);
    await slot.locator('input[type="file"]').setInputFiles({ name, mimeType: "application/pdf", buffer: PDF(name) });
    await slot.getByRole("button", { name: uploadButton }).click();
    await expect(slot.getByText(name, { exact: true })).toBeVisible();
  }
}
