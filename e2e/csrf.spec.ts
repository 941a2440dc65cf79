import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { takeAction, officerPage } from "./officer-helpers";
import { serveForeignPages } from "./security-helpers";
import { AN_MY, HOUSEHOLD_INCOME, signIn, submitDossier } from "./submission-helpers";

test.skip(({ isMobile }) => isMobile, "the attack does not depend on the screen");

/**
 * A page on another port of 127.0.0.1 — the same site, so the SameSite=Lax session cookie goes along with
 * its top-level posts — auto-submits forms to the portal while the citizen is signed in (docs/security.md).
 */
function attackPages(portal: string, code: string, fileName: string) {
  // text/plain: the browser sends `name=value`, which the name and value make into valid JSON.
  const json = JSON.stringify({ serviceCode: HOUSEHOLD_INCOME.serviceCode, receivingUnitCode: AN_MY, formData: HOUSEHOLD_INCOME.formData, x: "" });
  const name = json.slice(0, -2);
  const textPlain = `<!doctype html><html><body>
<form id="f" method="post" enctype="text/plain" action="${portal}/api/v1/dossiers"><input name='${name}' value='"}'></form>
<script>document.getElementById("f").submit();</script></body></html>`;
  const multipart = `<!doctype html><html><body>
<form id="f" method="post" enctype="multipart/form-data" action="${portal}/ho-so/${encodeURIComponent(code)}/tai-len"><input type="file" name="file"></form>
<script>
  const transfer = new DataTransfer();
  transfer.items.add(new File(["%PDF-1.4\\n% csrf\\n1 0 obj <<>> endobj\\ntrailer <<>>\\n%%EOF\\n"], ${JSON.stringify(fileName)}, { type: "application/pdf" }));
  document.querySelector("input").files = transfer.files;
  document.getElementById("f").submit();
</script></body></html>`;
  return { "/text-plain": textPlain, "/multipart": multipart };
}

test("a page of another origin cannot file a dossier or upload a file in the signed-in citizen's name", async ({
  browser,
  page: citizen,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await signIn(citizen, "/ho-so");
  const code = await submitDossier(citizen, HOUSEHOLD_INCOME);
  // Reception asks for a paper, so the dossier takes supplementation uploads (status 5).
  const reception = await officerPage(browser, "tiepnhan@example.vn", `/quan-tri/ho-so/${code}`);
  await takeAction(reception, "Tiếp nhận");
  await reception.getByLabel("Giấy tờ cần bổ sung (mỗi dòng một giấy tờ)").fill("Giấy xác nhận thu nhập");
  await reception.getByRole("button", { name: "Yêu cầu bổ sung", exact: true }).click();
  await expect(reception.getByText("Yêu cầu bổ sung giấy tờ ·")).toBeVisible();

  const fileName = `csrf-${randomUUID().slice(0, 8)}.pdf`;
  const attacker = await serveForeignPages(attackPages(baseURL!, code, fileName));
  try {
    const dossierPost = citizen.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/v1/dossiers");
    await citizen.goto(`${attacker.origin}/text-plain`);
    const dossierAnswer = await dossierPost;
    expect(dossierAnswer.status(), await dossierAnswer.text()).toBe(403);
    expect(await dossierAnswer.json()).toMatchObject({ error: "cross_origin" });

    const uploadPost = citizen.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.endsWith("/tai-len"));
    await citizen.goto(`${attacker.origin}/multipart`);
    const uploadAnswer = await uploadPost;
    expect(uploadAnswer.status()).toBe(403);
  } finally {
    await attacker.close();
  }

  // Server actions have Next's own origin check: the supplementation form, copied with its hidden action
  // fields onto the other origin's page and auto-submitted, does not answer the request.
  const html = await (await citizen.request.get(`/ho-so/${code}`)).text();
  const form = /<form[^>]*>(?:(?!<\/form>)[\s\S])*?Gửi bổ sung(?:(?!<\/form>)[\s\S])*?<\/form>/.exec(html)?.[0];
  expect(form, "the supplementation form in the page").toBeDefined();
  const copied = form!.replace(
    /^<form[^>]*>/,
    `<form id="f" method="post" enctype="multipart/form-data" action="${baseURL}/ho-so/${encodeURIComponent(code)}">`,
  );
  const actionAttacker = await serveForeignPages({
    "/": `<!doctype html><html><body>${copied}<script>document.querySelector("textarea").value = "bổ sung giả"; document.getElementById("f").submit();</script></body></html>`,
  });
  try {
    const actionPost = citizen.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === `/ho-so/${code}`);
    await citizen.goto(actionAttacker.origin);
    expect((await actionPost).status()).toBeGreaterThanOrEqual(400);
  } finally {
    await actionAttacker.close();
  }

  // Nothing was uploaded or answered; the dossier still waits for the citizen's own file.
  await citizen.goto(`/ho-so/${code}`);
  await expect(citizen.getByText("Tải lên giấy tờ bổ sung")).toBeVisible();
  await expect(citizen.getByText(fileName)).toHaveCount(0);
  // The citizen's own upload, from the portal's page, still works.
  await citizen
    .getByLabel(/Tải lên giấy tờ bổ sung/)
    .setInputFiles({ name: "that-that.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await citizen.getByRole("button", { name: "Tải lên", exact: true }).click();
  await expect(citizen.getByText("Đã tải tệp lên.")).toBeVisible();
});
