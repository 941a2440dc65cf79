import { describe, expect, it } from "vitest";
import { isLocale, localeOfPath, localizeHref, pathOfSegments, stripLocale } from "./locales";

describe("locale paths", () => {
  it("keeps Vietnamese at today's addresses and puts English under /en", () => {
    expect(localizeHref("/thu-tuc", "vi")).toBe("/thu-tuc");
    expect(localizeHref("/thu-tuc", "en")).toBe("/en/thu-tuc");
    expect(localizeHref("/", "en")).toBe("/en");
    expect(localizeHref("/", "vi")).toBe("/");
    expect(localizeHref("/thu-tuc?q=ho%20tich#kq", "en")).toBe("/en/thu-tuc?q=ho%20tich#kq");
    expect(localizeHref("/?q=x", "en")).toBe("/en?q=x");
  });

  it("switches a path from one language to the other without doubling the prefix", () => {
    expect(localizeHref("/en/ho-so/ABC", "vi")).toBe("/ho-so/ABC");
    expect(localizeHref("/en/ho-so/ABC", "en")).toBe("/en/ho-so/ABC");
    expect(localizeHref("/en", "vi")).toBe("/");
  });

  it("leaves the API, other sites and fragments alone", () => {
    expect(localizeHref("/api/v1/services", "en")).toBe("/api/v1/services");
    expect(localizeHref("https://example.vn/x", "en")).toBe("https://example.vn/x");
    expect(localizeHref("//evil.example/x", "en")).toBe("//evil.example/x");
    expect(localizeHref("#noi-dung", "en")).toBe("#noi-dung");
  });

  it("reads the locale of a path", () => {
    expect(localeOfPath("/en")).toBe("en");
    expect(localeOfPath("/en/thu-tuc")).toBe("en");
    expect(localeOfPath("/english")).toBe("vi");
    expect(localeOfPath("/thu-tuc")).toBe("vi");
    expect(stripLocale("/en/thu-tuc/1.001")).toBe("/thu-tuc/1.001");
    expect(stripLocale("/vi")).toBe("/");
    expect(stripLocale("/venue")).toBe("/venue");
  });

  it("accepts only the portal's languages", () => {
    expect(isLocale("vi")).toBe(true);
    expect(isLocale("en")).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale("__proto__")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe("pathOfSegments", () => {
  it("gives the public address of the rendered route: no route groups, no Next page keys, the cached catalog pages as /thu-tuc", () => {
    expect(pathOfSegments([])).toBe("/");
    expect(pathOfSegments(["thu-tuc", "trang", "2", '__PAGE__?{"page":"2"}'])).toBe("/thu-tuc");
    expect(pathOfSegments(["thu-tuc", "1.001193", "__PAGE__"])).toBe("/thu-tuc/1.001193");
    expect(pathOfSegments(["(officer)", "quan-tri", "ho-so", "000.01.22.H47-260101-0001", "__PAGE__"])).toBe(
      "/quan-tri/ho-so/000.01.22.H47-260101-0001",
    );
  });
});
