import { randomInt } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import postgres from "postgres";

/**
 * The path (with its token) of the last link emailed to `to`: read from the outbox table when the e2e
 * server runs on DATABASE_URL, else from the development mailbox page (/dev/hop-thu, DEV_MAILBOX=1).
 */
export async function lastEmailedPath(page: Page, to: string, pathPrefix: string): Promise<string> {
  const pattern = new RegExp(`https?://[^\\s]+(${pathPrefix.replace(/[/?]/g, "\\$&")}\\?token=[\\w-]+)`);
  let text = "";
  if (process.env.DATABASE_URL) {
    const sql = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
    try {
      const rows = await sql<{ text_body: string }[]>`select text_body from email_outbox where to_address = ${to} order by id desc limit 1`;
      text = rows[0]?.text_body ?? "";
    } finally {
      await sql.end();
    }
  } else {
    const mailbox = await page.context().newPage();
    await mailbox.goto("/dev/hop-thu");
    text = (await mailbox.locator("li", { hasText: to }).first().textContent()) ?? "";
    await mailbox.close();
  }
  const path = pattern.exec(text)?.[1];
  expect(path, `a ${pathPrefix} link emailed to ${to}`).toBeTruthy();
  return path ?? "";
}

/** Fresh identity numbers for one test run: a Quảng Nam CCCD of someone born in 1990, a tax code. */
export function uniqueIdentity() {
  const n = String(randomInt(1_000_000)).padStart(6, "0");
  return { cccd: `049090${n}`, taxCode: `4001${n}`, email: `e2e-${n}-${randomInt(1000)}@example.vn` };
}
