import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

const FALLBACK = "/tai-khoan";

describe("safeNextPath keeps paths of this site", () => {
  it.each([
    ["/ho-so", "/ho-so"],
    ["/thu-tuc/1.001/nop-ho-so?buoc=2", "/thu-tuc/1.001/nop-ho-so?buoc=2"],
    ["/quan-tri?queue=tat-ca&q=khai%20sinh", "/quan-tri?queue=tat-ca&q=khai%20sinh"],
    ["/ho-so#tep", "/ho-so#tep"],
    ["/a/../ho-so", "/ho-so"],
    ["/thu-tuc/đăng-ký", "/thu-tuc/%C4%91%C4%83ng-k%C3%BD"],
  ])("%j → %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

/**
 * An open-redirect corpus: every entry must fall back. Each would, somewhere (a browser's Location
 * handling, a proxy or framework decoding once more), lead off this site or smuggle a header.
 */
const OPEN_REDIRECT_CORPUS = [
  "//evil.example",
  "//evil.example/phish",
  "///evil.example",
  "////evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\\/evil.example",
  "/..//evil.example",
  "/..//evil.example/phish",
  "/../..//evil.example",
  "/.//evil.example",
  "/a/..//evil.example",
  "/a/b/../..//evil.example",
  "/x/%2e%2e/%2e%2e//evil.example",
  "/%2e%2e//evil.example",
  "/%2E%2E//evil.example",
  "/.%2e//evil.example",
  "/%2f%2fevil.example",
  "/%2F/evil.example",
  "/%5cevil.example",
  "/%5Cevil.example",
  "/%255cevil.example".replace("%25", "%"),
  "/%09/evil.example",
  "/%0d%0aSet-Cookie:x=1",
  "/%00",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/ok\nSet-Cookie: x",
  "/ /evil.example",
  "/\u00a0/evil.example",
  "/\u0085/evil.example",
  "https://evil.example/",
  "http://evil.example",
  "https:evil.example",
  "https:/evil.example",
  "HTTPS://evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  "ho-so",
  "?next=//evil.example",
  "#//evil.example",
  " /ho-so",
  "/%",
  "/%zz",
  "/%E0%A4%A",
  "",
  "/" + "a".repeat(2001),
  undefined,
  null,
  42,
  ["/a", "/b"],
  { toString: () => "/ho-so" },
];

describe("safeNextPath refuses the open-redirect corpus", () => {
  it.each(OPEN_REDIRECT_CORPUS.map((payload) => [payload]))("%j", (payload) => {
    const result = safeNextPath(payload);
    expect(result).toBe(FALLBACK);
  });

  it("never returns a network-path or backslash reference, whatever the fallback", () => {
    for (const payload of OPEN_REDIRECT_CORPUS) {
      const result = safeNextPath(payload, "/quan-tri");
      expect(result.startsWith("/")).toBe(true);
      expect(result.startsWith("//")).toBe(false);
      expect(result).not.toMatch(/\\/);
      expect(new URL(result, "http://portal.invalid").origin).toBe("http://portal.invalid");
    }
  });
});

describe("safeNextPath and the query string", () => {
  it("keeps a query that holds encodings or spaces (they cannot move the redirect off the site)", () => {
    expect(safeNextPath("/quan-tri?q=a%2Fb c")).toBe("/quan-tri?q=a%2Fb%20c");
  });
});
