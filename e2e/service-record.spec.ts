import { expect, test } from "./fixtures";
import { expectAccessible, expectFitsPhone } from "./helpers";

// The e2e servers have no dossiers of this service (no spec files one): its record says "chưa có dữ liệu".
// The published figures (ten dossiers up) are checked by tests/integration/service-index.test.ts.
const CODE = "2.000575";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a service's page shows its twelve-month record, or that there are too few dossiers to publish one", async ({ page }) => {
    await page.goto(`/thu-tuc/${CODE}`);
    const record = page.getByRole("region", { name: "Kết quả giải quyết 12 tháng gần nhất" });
    await expect(record).toBeVisible();
    await expect(record).toContainText(/Từ \d{2}\/\d{2}\/\d{4} đến \d{2}\/\d{2}\/\d{4}\./);
    await expect(record).toContainText("Chưa có dữ liệu: thủ tục có 0 hồ sơ giải quyết trong 12 tháng qua, chưa đủ 10 hồ sơ để công bố.");
    await expectAccessible(page);
    await expectFitsPhone(page, "thu-tuc-ket-qua");
  });
});

test("the page stays a cached page with the record in it", async ({ page }) => {
  const first = await page.goto(`/thu-tuc/${CODE}`);
  expect(first?.headers()["cache-control"] ?? "").toMatch(/s-maxage=\d+/);
  await expect(page.getByRole("heading", { level: 2, name: "Kết quả giải quyết 12 tháng gần nhất" })).toBeVisible();
  await expectAccessible(page);
});
