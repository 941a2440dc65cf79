/**
 * Runs before `playwright test` (npm run test:e2e): makes sure a Chromium is there, or stops with one
 * line saying what to run. The decisions are in scripts/browser-choice.ts.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { ensureBrowser } from "./browser-choice";

const result = ensureBrowser({
  chromiumPath: process.env.CHROMIUM_PATH?.trim() || undefined,
  exists: existsSync,
  playwrightChromium: () => chromium.executablePath(),
  run: (command, args) => spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0,
  isRoot: process.getuid?.() === 0,
  log: (line) => console.log(line),
});

if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
console.log(`Trình duyệt cho kiểm thử e2e: ${result.browser.label}`);
