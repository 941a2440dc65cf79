import { describe, expect, it } from "vitest";
import { normalizeText, queryTokens } from "./normalize-text";

describe("normalizeText", () => {
  it.each([
    ["Đăng ký khai sinh", "dang ki khai sinh"],
    ["ĐĂNG KÝ KHAI SINH", "dang ki khai sinh"],
    ["dang ky khai sinh", "dang ki khai sinh"],
    ["dang ki khai sinh", "dang ki khai sinh"],
    ["  Giấy   phép xây dựng! ", "giay phep xay dung"],
    ["Phường An Mỹ", "phuong an mi"],
    ["Lý lịch tư pháp", "li lich tu phap"],
    ["Quỹ, Quý (quy)", "quy quy quy"],
    ["Cấp lại/cấp đổi", "cap lai cap doi"],
    ["1.001193", "1 001193"],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("gives the same key for the composed and decomposed forms of a letter", () => {
    expect(normalizeText("Ký".normalize("NFC"))).toBe(normalizeText("Ký".normalize("NFD")));
  });

  it("keeps the y of a vowel cluster, so huyện stays distinct", () => {
    expect(normalizeText("huyện")).toBe("huyen");
    expect(normalizeText("tuyển dụng")).toBe("tuyen dung");
  });
});

describe("queryTokens", () => {
  it("splits on spaces and drops repeats", () => {
    expect(queryTokens("khai sinh khai")).toEqual(["khai", "sinh"]);
    expect(queryTokens("")).toEqual([]);
  });
});
