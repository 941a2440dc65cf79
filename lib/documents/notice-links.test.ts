import { describe, expect, it } from "vitest";
import { issuedNoticeLinks, noticeBySlug } from "./notice-links";

const labels = { "request-supplement": "Mẫu 02", refuse: "Mẫu 03", "record-apology": "Mẫu 04" };

describe("notice links", () => {
  it("links only the notices the history issued, in the forms' order, with the code encoded", () => {
    const links = issuedNoticeLinks("000.01.22.H47-241001-0001", new Set(["record-apology", "receive", "request-supplement"]), labels);
    expect(links).toEqual([
      { href: "/ho-so/000.01.22.H47-241001-0001/phieu/yeu-cau-bo-sung", label: "Mẫu 02" },
      { href: "/ho-so/000.01.22.H47-241001-0001/phieu/xin-loi", label: "Mẫu 04" },
    ]);
    expect(issuedNoticeLinks("A B", new Set(["refuse"]), labels)).toEqual([{ href: "/ho-so/A%20B/phieu/tu-choi", label: "Mẫu 03" }]);
    expect(issuedNoticeLinks("x", new Set(["receive"]), labels)).toEqual([]);
  });

  it("finds a notice by its slug, and nothing for an unknown one", () => {
    expect(noticeBySlug("tu-choi")).toMatchObject({ kind: "refusal", action: "refuse" });
    expect(noticeBySlug("xin-loi")?.kind).toBe("apology");
    expect(noticeBySlug("phieu-la")).toBeUndefined();
  });
});
