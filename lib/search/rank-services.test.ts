import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize-text";
import { matchTier, rankServices, type SearchCandidate } from "./rank-services";

let nextId = 1;
function candidate(name: string, other = "", extra: Partial<SearchCandidate> = {}): SearchCandidate {
  const nameNorm = normalizeText(name);
  return {
    id: nextId++,
    nameNorm,
    searchNorm: `${nameNorm} ${normalizeText(other)}`.trim(),
    popularity: 0,
    nameSimilarity: 0,
    ...extra,
  };
}

describe("matchTier", () => {
  const q = normalizeText("khai sinh");
  it("ranks an exact name, then a name that starts with the phrase, then one that contains it", () => {
    expect(matchTier(q, candidate("Khai sinh"))).toBe(0);
    expect(matchTier(q, candidate("Khai sinh cho trẻ bị bỏ rơi"))).toBe(1);
    expect(matchTier(q, candidate("Đăng ký khai sinh"))).toBe(2);
  });
  it("puts scattered words in the name after the phrase", () => {
    expect(matchTier(q, candidate("Đăng ký lại việc sinh, khai báo"))).toBe(3);
  });
  it("accepts word prefixes in the name", () => {
    expect(matchTier(normalizeText("khai si"), candidate("Đăng ký khai sinh"))).toBe(2);
    expect(matchTier(normalizeText("sinh kha"), candidate("Đăng ký khai sinh"))).toBe(4);
  });
  it("tolerates a typo through the trigram similarity of the name", () => {
    expect(matchTier(normalizeText("khai snh"), candidate("Đăng ký khai sinh", "", { nameSimilarity: 0.7 }))).toBe(5);
    expect(matchTier(normalizeText("khai snh"), candidate("Đăng ký khai sinh", "", { nameSimilarity: 0.2 }))).toBeNull();
  });
  it("puts matches in other fields after every name match", () => {
    expect(matchTier(q, candidate("Cấp bản sao trích lục", "Hộ tịch khai sinh"))).toBe(6);
    expect(matchTier(q, candidate("Cấp bản sao trích lục", "sinh con khai báo"))).toBe(7);
    expect(matchTier(q, candidate("Cấp bản sao trích lục", "sinh khai"))).toBe(7);
    expect(matchTier(normalizeText("khai si"), candidate("Cấp bản sao trích lục", "khai sinh con"))).toBe(6);
    expect(matchTier(normalizeText("sinh kha"), candidate("Cấp bản sao trích lục", "khai sinh con"))).toBe(8);
  });
  it("matches nothing for an empty query or an unrelated name", () => {
    expect(matchTier("", candidate("Đăng ký khai sinh"))).toBeNull();
    expect(matchTier(q, candidate("Đăng ký kết hôn"))).toBeNull();
  });
});

describe("rankServices", () => {
  it("finds Đăng ký khai sinh first for every way of typing it", () => {
    const services = [
      candidate("Đăng ký khai sinh có yếu tố nước ngoài", "", { popularity: 50 }),
      candidate("Đăng ký lại khai sinh", "", { popularity: 40 }),
      candidate("Cấp bản sao trích lục hộ tịch", "khai sinh", { popularity: 90 }),
      candidate("Đăng ký khai sinh", "", { popularity: 100 }),
      candidate("Đăng ký khai sinh lưu động", "", { popularity: 10 }),
    ];
    for (const typed of ["dang ky khai sinh", "khai sinh", "ĐĂNG KÝ KHAI SINH", "dang ki khai sinh", "Đăng ký khai sinh"]) {
      const ranked = rankServices(normalizeText(typed), services);
      expect(ranked[0]?.nameNorm, typed).toBe("dang ki khai sinh");
    }
  });

  it("orders name matches before other-field matches even when those are more popular", () => {
    const inName = candidate("Đăng ký khai sinh lưu động", "", { popularity: 1 });
    const inOther = candidate("Cấp bản sao trích lục hộ tịch", "khai sinh", { popularity: 1000 });
    expect(rankServices(normalizeText("khai sinh"), [inOther, inName])).toEqual([inName, inOther]);
  });

  it("breaks ties in a tier by popularity, then by the shorter name", () => {
    const a = candidate("Cấp giấy phép xây dựng nhà ở riêng lẻ", "", { popularity: 5 });
    const b = candidate("Cấp giấy phép xây dựng công trình", "", { popularity: 9 });
    const c = candidate("Cấp giấy phép xây dựng có thời hạn", "", { popularity: 5 });
    expect(rankServices(normalizeText("giay phep xay dung"), [a, c, b])).toEqual([b, c, a]);
  });

  it("leaves out candidates that do not match", () => {
    expect(rankServices(normalizeText("khai sinh"), [candidate("Đăng ký kết hôn")])).toEqual([]);
  });
});
