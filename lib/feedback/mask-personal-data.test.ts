import { describe, expect, it } from "vitest";
import { initials, maskPersonalData, MASKED_EMAIL, MASKED_NUMBER } from "./mask-personal-data";

describe("maskPersonalData", () => {
  it("reduces names to initials", () => {
    expect(initials("Nguyễn Văn An")).toBe("N.V.A.");
    expect(initials("  đặng   thị  bé ")).toBe("Đ.T.B.");
  });

  it("masks the sender's name wherever it appears, in any case", () => {
    expect(maskPersonalData("Tôi là Nguyễn Văn An, NGUYỄN VĂN AN xin phản ánh.", ["Nguyễn Văn An"])).toBe("Tôi là N.V.A., N.V.A. xin phản ánh.");
  });

  it("does not mask a name inside a longer word", () => {
    expect(maskPersonalData("Anh Bình Anh", ["An"])).toBe("Anh B.A.");
  });

  it("masks names after a form of address", () => {
    expect(maskPersonalData("Cán bộ là ông Trần Minh Tuấn và bà Lê Thị Hoa.")).toBe("Cán bộ là ông T.M.T. và bà L.T.H..");
    // The sender's name, masked first, is not masked again after its form of address.
    expect(maskPersonalData("Cảm ơn ông Nguyễn Văn An (0905 123 456) đã phản ánh.", ["Nguyễn Văn An"])).toBe(
      "Cảm ơn ông N.V.A. ([số đã ẩn]) đã phản ánh.",
    );
    expect(maskPersonalData("Gửi bà Ý.")).toBe("Gửi bà Ý..");
    // Masking a masked text again (the suggestion, then the publisher's text) changes nothing.
    const once = maskPersonalData("Cảm ơn ông Nguyễn Văn An và bà Lê Thị Hoa (an@example.vn).", ["Nguyễn Văn An"]);
    expect(maskPersonalData(once, ["Nguyễn Văn An"])).toBe(once);
    expect(maskPersonalData("Chị Phạm Thu gọi lại.")).toBe("Chị P.T. gọi lại.");
  });

  it("removes phone numbers, emails and identity numbers", () => {
    expect(maskPersonalData("Gọi 0905 123 456 hoặc +84 905.123.456")).toBe(`Gọi ${MASKED_NUMBER} hoặc ${MASKED_NUMBER}`);
    expect(maskPersonalData("Thư: an.nguyen@example.vn.")).toBe(`Thư: ${MASKED_EMAIL}.`);
    expect(maskPersonalData("CCCD 049201001234, MST 4000123456-001")).toBe(`CCCD ${MASKED_NUMBER}, MST ${MASKED_NUMBER}`);
  });

  it("keeps dates, amounts and short numbers", () => {
    const text = "Ngày 20/11/2023 nộp 50.000 đồng, hồ sơ số 12, điều 5.";
    expect(maskPersonalData(text)).toBe(text);
  });

  it("leaves a text without personal data as it is", () => {
    const text = "Đề nghị Sở Xây dựng hướng dẫn thủ tục cấp phép xây dựng nhà ở riêng lẻ.";
    expect(maskPersonalData(text, ["Nguyễn Văn An"])).toBe(text);
  });
});
