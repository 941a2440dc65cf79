import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { buildNoticeContent, noticeVersions, type NoticeData } from "./notice";
import { renderNotice } from "./render-notice";

const base: NoticeData = {
  kind: "supplement",
  code: "000.01.22.H47-261130-0003",
  locale: "vi",
  provinceName: "Ủy ban nhân dân tỉnh Quảng Nam",
  unitName: "UBND phường An Mỹ",
  applicantName: "Nguyễn Văn Dân",
  serviceName: "Đăng ký khai sinh",
  submittedAt: new Date("2026-11-30T02:00:00Z"),
  issuedAt: new Date("2026-12-01T03:30:00Z"),
  officerName: "Lê Thị Tiếp",
  note: "- Giấy chứng sinh (bản chính)\n2. Văn bản ủy quyền có chứng thực\n",
};

describe("one-stop notices", () => {
  it("Mẫu 02 lists every missing item and says it is asked once", () => {
    const c = buildNoticeContent(base);
    expect(c.title).toBe("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
    expect(c.items).toEqual(["Giấy chứng sinh (bản chính)", "Văn bản ủy quyền có chứng thực"]);
    expect(c.paragraphs.join(" ")).toContain("chỉ thực hiện một lần");
    expect(c.paragraphs[0]).toContain("nộp lúc 09:00 30/11/2026");
  });

  it("Mẫu 03 gives the reason; Mẫu 04 apologises with the old and the new date", () => {
    expect(buildNoticeContent({ ...base, kind: "refusal", note: "Không thuộc thẩm quyền" }).paragraphs[1]).toBe(
      "Hồ sơ không đủ điều kiện để tiếp nhận giải quyết vì lý do sau: Không thuộc thẩm quyền.",
    );
    const apology = buildNoticeContent({
      ...base,
      kind: "apology",
      note: "Cần xác minh thêm",
      originalDueAt: new Date("2026-12-01T10:00:00Z"),
      newAppointment: new Date("2026-12-04T10:00:00Z"),
    });
    expect(apology.title).toBe("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
    expect(apology.paragraphs[1]).toContain("17:00 01/12/2026");
    expect(apology.paragraphs[2]).toContain("xin hẹn trả kết quả vào lúc 17:00 04/12/2026");
  });

  it("a reason that ends with its own full stop, or several lines that do, still ends the sentence with one", () => {
    expect(buildNoticeContent({ ...base, kind: "refusal", note: "Không thuộc thẩm quyền giải quyết." }).paragraphs[1]).toBe(
      "Hồ sơ không đủ điều kiện để tiếp nhận giải quyết vì lý do sau: Không thuộc thẩm quyền giải quyết.",
    );
    expect(buildNoticeContent({ ...base, kind: "refusal", note: "- Thiếu tờ khai;\n- Ảnh mờ..." }).paragraphs[1]).toBe(
      "Hồ sơ không đủ điều kiện để tiếp nhận giải quyết vì lý do sau: Thiếu tờ khai; Ảnh mờ.",
    );
    const apology = buildNoticeContent({
      ...base,
      kind: "apology",
      note: "Cần xác minh thêm.",
      originalDueAt: new Date(),
      newAppointment: new Date(),
    });
    expect(apology.paragraphs[1]).toMatch(/vì: Cần xác minh thêm\.$/);
  });

  it("in English: the same facts in English, the data (names, the reason) as written, and the Vietnamese original after it", () => {
    const english = {
      ...base,
      locale: "en" as const,
      kind: "apology" as const,
      note: "Cần xác minh thêm",
      originalDueAt: new Date("2026-12-01T10:00:00Z"),
      newAppointment: new Date("2026-12-04T10:00:00Z"),
    };
    const [translated, original] = noticeVersions(english);
    expect(translated?.title).toBe("APOLOGY AND NEW DATE FOR YOUR RESULT");
    expect(translated?.motto).toEqual(["SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness"]);
    expect(translated?.translationNote).toMatch(/Vietnamese original/);
    expect(translated?.paragraphs[0]).toBe(
      'UBND phường An Mỹ has received dossier 000.01.22.H47-261130-0003 for the procedure "Đăng ký khai sinh", submitted at 09:00 30/11/2026.',
    );
    expect(translated?.paragraphs[1]).toBe(
      "Your result was due at 17:00 01/12/2026. Your dossier was not dealt with on time because: Cần xác minh thêm.",
    );
    expect(original).toEqual(buildNoticeContent({ ...english, locale: "vi" }));
    expect(original?.translationNote).toBeUndefined();
    expect(noticeVersions(base)).toEqual([buildNoticeContent(base)]);
  });

  it("renders each as a PDF", async () => {
    for (const kind of ["supplement", "refusal", "apology"] as const) {
      const pdf = await PDFDocument.load(await renderNotice({ ...base, kind, newAppointment: new Date(), originalDueAt: new Date() }));
      expect(pdf.getTitle()).toContain(base.code);
    }
  });
});
