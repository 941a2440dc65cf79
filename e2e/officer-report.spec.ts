import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "./fixtures";
import { expectAccessible, expectFitsPhone } from "./helpers";
import { signInOfficer, todayInVietnam } from "./officer-helpers";
import { HOUSEHOLD_INCOME, signIn, submitDossier } from "./submission-helpers";

const year = todayInVietnam().slice(0, 4);

/** "1.234" → 1234, "85,7%" → 85.7, "—" → null: the page's figures as the files hold them. */
function pageNumber(text: string): number | null {
  const t = text.trim();
  if (t === "—") return null;
  return t.endsWith("%") ? Number(t.slice(0, -1).replace(",", ".")) : Number(t.replace(/\./g, ""));
}

/** The report table's total row, as numbers. */
async function pageTotal(page: Page): Promise<(number | null)[]> {
  const cells = await page.locator("[data-report-table] tfoot td").allTextContents();
  return cells.map(pageNumber);
}

async function download(page: Page, linkName: string): Promise<Buffer> {
  const started = page.waitForEvent("download");
  await page.getByRole("link", { name: linkName }).click();
  const file = await started;
  return readFile(await file.path());
}

async function fitsAt320(page: Page) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  if (before) await page.setViewportSize(before);
  expect(fits, "no sideways scrolling at 320 px").toBe(true);
}

test("a province officer drills the report down to a unit and downloads the same table as CSV and Excel", async ({ page, browser }) => {
  test.setTimeout(180_000);
  // A dossier of the current year at An Mỹ, whatever else the run has made.
  const citizen = await (await browser.newContext()).newPage();
  await signIn(citizen, "/ho-so");
  await submitDossier(citizen, HOUSEHOLD_INCOME);

  await signInOfficer(page, "quantri@example.vn", "/quan-tri");
  await page.getByRole("navigation", { name: "Khu vực cán bộ" }).getByRole("link", { name: "Báo cáo định kỳ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo tình hình giải quyết thủ tục hành chính" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(new RegExp(`^Toàn tỉnh — năm ${year}`));
  await expect(page.locator("[data-report-table] tbody th")).toHaveText(["Cấp tỉnh", "Cấp huyện", "Cấp xã"]);
  await expectAccessible(page);
  await expectFitsPhone(page, "officer-report-province");
  await fitsAt320(page);

  // The period chooser is a plain GET form: a quarter, then the year again.
  await page.getByLabel("Loại kỳ").selectOption("quy");
  await page.getByLabel("Quý").selectOption("1");
  await page.getByRole("button", { name: "Xem báo cáo" }).click();
  await expect(page).toHaveURL(/ky=quy&nam=\d{4}&quy=1/);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(`Toàn tỉnh — quý 1 năm ${year}`);
  await page.getByLabel("Loại kỳ").selectOption("nam");
  await page.getByRole("button", { name: "Xem báo cáo" }).click();

  // Province → communes' tier → An Mỹ → its services; each link keeps the period.
  await page.getByRole("link", { name: "Cấp xã", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`ky=nam&nam=${year}&cap=xa`));
  await page.locator("[data-report-table] tbody").getByRole("link", { name: /An Mỹ/ }).click();
  await expect(page).toHaveURL(new RegExp(`ky=nam&nam=${year}&don-vi=\\d+`));
  await expect(page.getByRole("navigation", { name: "Cấp báo cáo" }).getByRole("link")).toHaveText(["Toàn tỉnh", "Cấp xã"]);
  await expect(page.locator("[data-report-table] tbody th").filter({ hasText: "Công nhận hộ" }).first()).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page, "officer-report-unit");
  await fitsAt320(page);

  // The files hold the numbers on the page (other journeys may add dossiers meanwhile: read again until they agree).
  await expect(async () => {
    await page.reload();
    const shown = await pageTotal(page);
    expect(shown.length).toBe(19);
    expect(shown[1]).toBeGreaterThan(0);

    const csv = (await download(page, "Tải bảng (CSV)")).toString("utf8");
    expect(csv.startsWith("\uFEFFBáo cáo tình hình giải quyết TTHC — ")).toBe(true);
    const lines = csv.trim().split("\r\n");
    expect(lines[1]!.split(",").slice(0, 3)).toEqual(["Thủ tục", "Tồn kỳ trước", "Tiếp nhận trong kỳ: Tổng số"]);
    const csvTotal = lines.at(-1)!.split(",");
    expect(csvTotal[0]).toBe("Tổng cộng");
    expect(csvTotal.slice(1).map((v) => (v === "" ? null : Number(v)))).toEqual(shown);

    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as an ArrayBuffer-like "Buffer" of its own.
    const xlsx = await download(page, "Tải bảng (Excel)");
    await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getCell("A1").value)).toMatch(
      new RegExp(`^Báo cáo tình hình giải quyết TTHC — .*An Mỹ — năm ${year} \\(đến ngày \\d{2}/\\d{2}/${year}\\)$`),
    );
    expect([sheet.getCell("A2").value, sheet.getCell("B2").value, sheet.getCell("C2").value, sheet.getCell("T2").value]).toEqual([
      "Thủ tục",
      "Tồn kỳ trước",
      "Tiếp nhận trong kỳ: Tổng số",
      "Tỷ lệ: Trực tuyến (%)",
    ]);
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(1).value).toBe("Tổng cộng");
    const xlsxTotal = shown.map((_, i) => last.getCell(i + 2).value ?? null);
    expect(xlsxTotal).toEqual(shown);
    expect(typeof last.getCell(3).value).toBe("number");
  }).toPass({ timeout: 60_000 });
});

test("a unit's officer sees their own unit only; others are refused", async ({ page, browser }) => {
  test.setTimeout(150_000);
  // Nobody signed in: the sign-in page, and the files answer 401.
  await page.goto("/quan-tri/bao-cao");
  // (the officer area's layout asks first, for the area as a whole)
  await expect(page).toHaveURL(/\/dang-nhap\?next=%2Fquan-tri/);
  expect((await page.request.get("/quan-tri/bao-cao/xuat-csv")).status()).toBe(401);

  // A citizen is refused.
  const citizen = await (await browser.newContext()).newPage();
  await signIn(citizen, "/ho-so");
  expect((await citizen.goto("/quan-tri/bao-cao"))?.status()).toBe(404);
  expect((await citizen.request.get("/quan-tri/bao-cao/xuat-xlsx")).status()).toBe(401);

  await signInOfficer(page, "lanhdao@example.vn", "/quan-tri/bao-cao");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(new RegExp(`An Mỹ — năm ${year}`));
  await expect(page.getByRole("navigation", { name: "Cấp báo cáo" })).toHaveCount(0);
  const exportHref = (await page.getByRole("link", { name: "Tải bảng (CSV)" }).getAttribute("href"))!;
  const ownId = Number(new URL(exportHref, page.url()).searchParams.get("don-vi"));
  const otherId = ownId === 1 ? 2 : 1;
  expect((await page.request.get(exportHref)).status()).toBe(200);

  // Another unit, or a tier: a clear refusal on the page and 403 for the files.
  await page.goto(`/quan-tri/bao-cao?don-vi=${otherId}`);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Bạn chỉ được xem báo cáo của đơn vị mình.");
  await expect(page.locator("[data-report-table]")).toHaveCount(0);
  for (const path of [
    `/quan-tri/bao-cao/xuat-csv?don-vi=${otherId}`,
    `/quan-tri/bao-cao/xuat-xlsx?don-vi=${otherId}`,
    "/quan-tri/bao-cao/xuat-csv?cap=tinh",
  ]) {
    const refused = await page.request.get(path);
    expect(refused.status(), path).toBe(403);
    expect(await refused.json()).toEqual({ error: "Bạn chỉ được xem báo cáo của đơn vị mình." });
  }

  // A bad period: each field's message, never a 500; the files answer 400 naming the field.
  await page.goto("/quan-tri/bao-cao?ky=khoang&tu=2026-02-30&den=");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Từ ngày: Ngày phải có dạng dd/mm/yyyy hợp lệ.");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Đến ngày: Hãy nhập ngày kết thúc.");
  await expectAccessible(page);
  const bad = await page.request.get("/quan-tri/bao-cao/xuat-xlsx?ky=quy");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues).toEqual([{ field: "Quý", message: "Hãy chọn quý." }]);
});
