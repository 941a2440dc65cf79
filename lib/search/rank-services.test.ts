import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize-text";
import { englishMatchTier, matchTier, rankServices, type SearchCandidate } from "./rank-services";

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

/** A candidate with an English name and summary, as the English pages search it. */
function english(name: string, nameEn: string, summaryEn: string, extra: Partial<SearchCandidate> = {}): SearchCandidate {
  const nameEnNorm = normalizeText(nameEn);
  return candidate(name, "", { nameEnNorm, searchEnNorm: `${nameEnNorm} ${normalizeText(summaryEn)}`, ...extra });
}

describe("englishMatchTier", () => {
  const permit = english(
    "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
    "Work permit for a foreign employee",
    "An employer applies for a work permit for a foreign employee.",
  );
  it("matches the English name with the tiers of a Vietnamese name", () => {
    expect(englishMatchTier(normalizeText("Work permit for a foreign employee"), permit)).toBe(0);
    expect(englishMatchTier(normalizeText("work permit"), permit)).toBe(1);
    expect(englishMatchTier(normalizeText("foreign employee"), permit)).toBe(2);
    expect(englishMatchTier(normalizeText("permit work"), permit)).toBe(3);
    expect(englishMatchTier(normalizeText("permit foreig"), permit)).toBe(4);
  });
  it("matches the English summary after the English name", () => {
    expect(englishMatchTier(normalizeText("an employer applies"), permit)).toBe(6);
    expect(englishMatchTier(normalizeText("employer applies"), permit)).toBe(6);
    expect(englishMatchTier(normalizeText("applies employer"), permit)).toBe(7);
  });
  it("puts a Vietnamese name typed on an English page after every English match", () => {
    expect(englishMatchTier(normalizeText("giấy phép lao động"), permit)).toBe(9 + 2);
    expect(englishMatchTier(normalizeText("dang ky khai sinh"), candidate("Đăng ký khai sinh"))).toBe(9);
  });
  it("does not tolerate typos in English and matches nothing unrelated", () => {
    expect(englishMatchTier(normalizeText("wrok permit"), { ...permit, nameSimilarity: 0.9 })).toBe(9 + 5);
    expect(englishMatchTier(normalizeText("birth registration"), permit)).toBeNull();
    expect(englishMatchTier(normalizeText("work permit"), candidate("Đăng ký khai sinh"))).toBeNull();
  });
});

describe("rankServices in English", () => {
  it("finds the work permit first for 'work permit', then its reissue and extension, then a summary match", () => {
    const issue = english("Cấp giấy phép lao động", "Work permit for a foreign employee", "An employer applies for a work permit.", {
      popularity: 150,
    });
    const chuLai = english(
      "Cấp giấy phép lao động tại Khu kinh tế mở Chu Lai",
      "Work permit for a foreign employee in the Chu Lai Open Economic Zone",
      "An employer in the zone applies for a work permit.",
      { popularity: 30 },
    );
    const reissue = english("Cấp lại giấy phép lao động", "Reissue of a work permit for a foreign employee", "Get a new copy of a work permit.", {
      popularity: 33,
    });
    const exempt = english(
      "Xác nhận không thuộc diện cấp giấy phép lao động",
      "Confirmation that a foreign employee does not need a work permit",
      "Get written confirmation that a foreign employee is exempt.",
      { popularity: 35 },
    );
    const report = english(
      "Báo cáo giải trình nhu cầu",
      "Report on the need to employ foreign workers",
      "Approval before applying for work permits.",
      {
        popularity: 41,
      },
    );
    const birth = english("Đăng ký khai sinh", "Birth registration", "Register a child's birth.", { popularity: 980 });
    expect(rankServices(normalizeText("work permit"), [birth, report, exempt, reissue, chuLai, issue], "en")).toEqual([
      issue, // tier 1, the more used of the two names that start with the phrase
      chuLai,
      exempt, // tier 2 (the phrase inside the name): more used than the reissue
      reissue,
      report, // only its summary says "work permits"
    ]);
  });

  it("finds 'birth registration' and 'investment' by their English names, Vietnamese names after", () => {
    const birth = english("Đăng ký khai sinh", "Birth registration", "Register a child's birth.", { popularity: 980 });
    const foreignBirth = english(
      "Đăng ký khai sinh có yếu tố nước ngoài",
      "Birth registration with a foreign element",
      "Register the birth of a child.",
      {
        popularity: 58,
      },
    );
    const certificate = english(
      "Cấp Giấy chứng nhận đăng ký đầu tư",
      "Investment registration certificate (projects without investment policy approval)",
      "Investors get an investment registration certificate.",
      { popularity: 120 },
    );
    const policy = english(
      "Chấp thuận chủ trương đầu tư",
      "Investment policy approval by the provincial People's Committee",
      "Large projects need approval.",
      {
        popularity: 19,
      },
    );
    const transfer = english("Chuyển nhượng dự án đầu tư", "Transfer of an investment project", "Transfer all or part of a project.", {
      popularity: 18,
    });
    const noEnglish = candidate("Thẩm định dự án đầu tư", "investment", { popularity: 500 });
    expect(rankServices(normalizeText("birth registration"), [foreignBirth, certificate, birth], "en")).toEqual([birth, foreignBirth]);
    expect(rankServices(normalizeText("Investment"), [noEnglish, transfer, policy, certificate], "en")).toEqual([
      certificate, // tier 1, starts with the word; more used than the policy approval
      policy,
      transfer, // tier 2
      noEnglish, // only its Vietnamese search text holds the word
    ]);
  });

  it("leaves Vietnamese searches as they were: English names are not searched", () => {
    const birth = english("Đăng ký khai sinh", "Birth registration", "Register a child's birth.");
    expect(rankServices(normalizeText("birth registration"), [birth])).toEqual([]);
    expect(rankServices(normalizeText("khai sinh"), [birth])).toEqual([birth]);
  });
});
