/**
 * Which Chromium the end-to-end tests drive, and how a newcomer's machine gets one. Pure decisions over
 * injected probes (scripts/browser-choice.test.ts); scripts/ensure-browser.ts wires the real ones and
 * playwright.config.ts asks `findBrowser` for the same answer.
 */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export interface BrowserProbes {
  chromiumPath: string | undefined;
  exists(file: string): boolean;
  /** Where Playwright's own Chromium lives once `playwright install chromium` has run. */
  playwrightChromium(): string;
  /** Runs a command with its output shown; true when it exited 0. */
  run(command: string, args: string[]): boolean;
  isRoot: boolean;
  log(line: string): void;
}

/** `executablePath` for Playwright: a path, or undefined for Playwright's own browser. */
export type Browser = { executablePath: string | undefined; label: string };

export const NO_BROWSER_MESSAGE =
  "Không tìm thấy Chromium cho kiểm thử e2e: chạy `sudo apt-get install -y chromium` (Debian/Ubuntu) hoặc `npx playwright install chromium`, hoặc đặt CHROMIUM_PATH=<đường dẫn tới chromium>.";

/** A browser already on this machine: CHROMIUM_PATH, then Debian's Chromium, then Playwright's own. */
export function findBrowser(probes: Pick<BrowserProbes, "chromiumPath" | "exists" | "playwrightChromium">): Browser | null {
  if (probes.chromiumPath)
    return probes.exists(probes.chromiumPath) ? { executablePath: probes.chromiumPath, label: `CHROMIUM_PATH (${probes.chromiumPath})` } : null;
  if (probes.exists(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, label: DEBIAN_CHROMIUM };
  const own = probes.playwrightChromium();
  if (probes.exists(own)) return { executablePath: undefined, label: `Chromium của Playwright (${own})` };
  return null;
}

/**
 * Finds a browser or gets one: Playwright's own download where the network allows it, else Debian's
 * package when running as root. A CHROMIUM_PATH that does not exist is an error, never skipped over.
 * Returns the browser, or the one line telling the developer what to run.
 */
export function ensureBrowser(probes: BrowserProbes): { ok: true; browser: Browser } | { ok: false; message: string } {
  const found = findBrowser(probes);
  if (found) return { ok: true, browser: found };
  if (probes.chromiumPath) return { ok: false, message: `CHROMIUM_PATH=${probes.chromiumPath} không tồn tại: sửa lại đường dẫn hoặc bỏ biến này.` };
  probes.log("Chưa có Chromium: đang tải Chromium của Playwright (npx playwright install chromium)…");
  if (probes.run("npx", ["playwright", "install", "chromium"])) {
    const own = findBrowser(probes);
    if (own) return { ok: true, browser: own };
  }
  if (probes.isRoot) {
    probes.log("Không tải được Chromium của Playwright: đang cài gói chromium (apt-get)…");
    if (probes.run("apt-get", ["update"]) && probes.run("apt-get", ["install", "-y", "chromium"])) {
      const installed = findBrowser(probes);
      if (installed) return { ok: true, browser: installed };
    }
  }
  return { ok: false, message: NO_BROWSER_MESSAGE };
}
