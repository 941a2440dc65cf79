import { describe, expect, it } from "vitest";
import { catalogQueryString, parseCatalogQuery, parseSearchLanguage } from "./catalog-query";

describe("parseCatalogQuery", () => {
  it("applies the defaults and ignores empty values sent by a GET form", () => {
    const parsed = parseCatalogQuery(new URLSearchParams("q=&agency=&level=&page="));
    expect(parsed).toEqual({ ok: true, query: { q: "", page: 1, pageSize: 20 } });
  });

  it("reads every filter", () => {
    const parsed = parseCatalogQuery({
      q: " khai sinh ",
      agency: "000.00.09.H47",
      field: "ho-tich",
      event: "khai-sinh",
      level: "xa",
      mode: "toan-trinh",
      audience: "cong-dan",
      page: "3",
      pageSize: "50",
    });
    expect(parsed).toEqual({
      ok: true,
      query: {
        q: "khai sinh",
        agency: "000.00.09.H47",
        field: "ho-tich",
        event: "khai-sinh",
        level: "xa",
        mode: "toan-trinh",
        audience: "cong-dan",
        page: 3,
        pageSize: 50,
      },
    });
  });

  it.each([
    ["pageSize=1000", "pageSize"],
    ["pageSize=0", "pageSize"],
    ["page=0", "page"],
    ["page=abc", "page"],
    ["page=1.5", "page"],
    ["level=xyz", "level"],
    ["mode=full", "mode"],
    ["audience=all", "audience"],
    ["agency=So-Xay-dung", "agency"],
    ["field=H%E1%BB%99%20t%E1%BB%8Bch", "field"],
    [`q=${"a".repeat(201)}`, "q"],
  ])("rejects %s naming %s", (qs, param) => {
    const parsed = parseCatalogQuery(new URLSearchParams(qs));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(Object.keys(parsed.errors)).toEqual([param]);
  });

  it("takes the first of a repeated parameter", () => {
    const parsed = parseCatalogQuery({ level: ["xa", "tinh"] });
    expect(parsed.ok && parsed.query.level).toBe("xa");
  });
});

describe("catalogQueryString", () => {
  it("leaves defaults out and keeps filters for paging links", () => {
    expect(catalogQueryString({ q: "", page: 1, pageSize: 20 })).toBe("");
    expect(catalogQueryString({ q: "khai sinh", level: "xa", page: 1, pageSize: 20 }, { page: 2 })).toBe("?q=khai+sinh&level=xa&page=2");
  });
});

describe("parseSearchLanguage", () => {
  it("reads vi and en, takes absent or empty as Vietnamese and refuses anything else", () => {
    expect(parseSearchLanguage(null)).toBe("vi");
    expect(parseSearchLanguage(" ")).toBe("vi");
    expect(parseSearchLanguage("vi")).toBe("vi");
    expect(parseSearchLanguage(" en ")).toBe("en");
    expect(parseSearchLanguage("EN")).toBeNull();
    expect(parseSearchLanguage("fr")).toBeNull();
    expect(parseSearchLanguage("__proto__")).toBeNull();
  });
});
