import { PDFDocument, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { wrapText } from "./pdf-writer";
import { renderReceiptSlip } from "./render-receipt-slip";
import { buildReceiptSlipContent, type ReceiptSlipData } from "./receipt-slip";

const sample: ReceiptSlipData = {
  code: "000.01.22.H47-261128-0007",
  lookupUrl: "http://localhost:3000/tra-cuu?code=000.01.22.H47-261128-0007",
  provinceName: "Ủy ban nhân dân tỉnh Quảng Nam",
  receivingUnitName: "UBND phường An Mỹ",
  channel: 2,
  status: 1,
  applicant: {
    fullName: "Nguyễn Thị Hoà",
    idNumber: "049190000123",
    address: "12 Phan Châu Trinh, phường An Mỹ, TP Tam Kỳ",
    phone: "0905123456",
    email: "congdan@example.vn",
  },
  onBehalfOf: { fullName: "Trần Văn Bé", idNumber: "049226000001", relationship: "Con" },
  serviceName: "Đăng ký khai sinh",
  serviceCode: "1.001193",
  documents: [
    { name: "Tờ khai đăng ký khai sinh theo mẫu", originals: 1, copies: 0, files: 1 },
    { name: "Giấy chứng sinh", originals: 1, copies: 0, files: 1 },
  ],
  timeLimitText: "Ngay trong ngày làm việc",
  // 09:15 and 16:30 on Friday 27/11/2026 in Vietnam (UTC+7)
  submittedAt: new Date("2026-11-27T02:15:00Z"),
  receivedAt: null,
  receiptDeadline: new Date("2026-11-30T02:15:00Z"),
  dueAt: new Date("2026-11-27T09:30:00Z"),
  resultUnit: { name: "UBND phường An Mỹ", address: "Tam Kỳ" },
  fullyOnline: true,
  locale: "vi",
};

describe("receipt slip content (Mẫu 01)", () => {
  it("shows the code, the applicant, the service, the documents and the times in Vietnam time", () => {
    const c = buildReceiptSlipContent(sample);
    expect(c.title).toBe("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
    expect(c.codeLine).toBe("Mã hồ sơ: 000.01.22.H47-261128-0007");
    const intro = c.intro.map((l) => `${l.label}: ${l.text}`);
    expect(intro).toContain("Tiếp nhận hồ sơ của: Nguyễn Thị Hoà");
    expect(intro).toContain("Số định danh / mã số thuế: 049190000123");
    expect(intro).toContain("Nộp thay cho: Trần Văn Bé (049226000001), quan hệ: Con");
    expect(intro).toContain("Nội dung yêu cầu giải quyết: Đăng ký khai sinh (mã thủ tục 1.001193)");
    expect(c.documentRows).toEqual([
      ["1", "Tờ khai đăng ký khai sinh theo mẫu", "1 / 0", "1"],
      ["2", "Giấy chứng sinh", "1 / 0", "1"],
    ]);
    const times = c.times.map((l) => `${l.label}: ${l.text}`);
    expect(times).toContain("Thời gian nộp hồ sơ: 09:15 27/11/2026");
    expect(times).toContain("Hạn tiếp nhận hồ sơ (8 giờ làm việc): 09:15 30/11/2026");
    expect(times).toContain("Thời gian hẹn trả kết quả: 16:30 27/11/2026");
  });

  it("prints the receipt time instead of the deadline once the dossier is received", () => {
    const c = buildReceiptSlipContent({ ...sample, receivedAt: new Date("2026-11-27T03:00:00Z"), channel: 1 });
    const times = c.times.map((l) => l.label);
    expect(times).toContain("Thời gian tiếp nhận hồ sơ");
    expect(times).not.toContain("Hạn tiếp nhận hồ sơ (8 giờ làm việc)");
    expect(c.intro.find((l) => l.label === "Hình thức nộp")?.text).toBe("Trực tiếp");
  });
});

describe("receipt slip content in English", () => {
  it("translates the labels and keeps names, the service and the legal time limit as they are", () => {
    const c = buildReceiptSlipContent({ ...sample, locale: "en" }, "en");
    expect(c.title).toBe("RECEIPT OF APPLICATION AND APPOINTMENT FOR RESULT");
    expect(c.motto).toEqual(["SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness"]);
    expect(c.codeLine).toBe("Application number: 000.01.22.H47-261128-0007");
    const intro = c.intro.map((l) => `${l.label}: ${l.text}`);
    expect(intro).toContain("Application received from: Nguyễn Thị Hoà");
    expect(intro).toContain("On behalf of: Trần Văn Bé (049226000001), relationship: Con");
    expect(intro).toContain("Procedure requested: Đăng ký khai sinh (procedure code 1.001193)");
    expect(intro).toContain("Submitted: Online");
    const times = c.times.map((l) => `${l.label}: ${l.text}`);
    expect(times).toContain("Time allowed by law: Ngay trong ngày làm việc");
    expect(times).toContain("Result expected on: 16:30 27/11/2026");
    expect(times).toContain("Where to get the result: Online, in My applications; or Reception and results office — UBND phường An Mỹ, Tam Kỳ");
    expect(c.notes[0]).toContain("Vietnamese original");
    expect(c.documentsColumns).toEqual(["No.", "Document", "Originals / copies", "Files uploaded"]);
  });

  it("has no translation note in Vietnamese", () => {
    expect(buildReceiptSlipContent(sample).notes.join(" ")).not.toMatch(/tiếng Anh/);
    expect(buildReceiptSlipContent(sample).times.map((l) => l.text)).toContain(
      "Trực tuyến, tại mục Hồ sơ của tôi; hoặc Bộ phận tiếp nhận và trả kết quả — UBND phường An Mỹ, Tam Kỳ",
    );
  });
});

describe("receipt slip PDF", () => {
  it("is an A4 PDF titled with the dossier code", async () => {
    const bytes = await renderReceiptSlip(sample);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toContain("000.01.22.H47-261128-0007");
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
  });

  it("in English: the English slip first, the Vietnamese original on the next page, the document language English", async () => {
    const pdf = await PDFDocument.load(await renderReceiptSlip({ ...sample, locale: "en" }, "en"));
    expect(pdf.getPageCount()).toBe(2);
    expect(pdf.getTitle()).toBe("RECEIPT OF APPLICATION AND APPOINTMENT FOR RESULT — 000.01.22.H47-261128-0007");
    expect(String(pdf.catalog.get(PDFName.of("Lang")))).toBe("(en-GB)");
    const vietnamese = await PDFDocument.load(await renderReceiptSlip(sample));
    expect(String(vietnamese.catalog.get(PDFName.of("Lang")))).toBe("(vi-VN)");
  });

  it("wraps long text to the width", () => {
    const font = { widthOfTextAtSize: (t: string) => t.length * 5 };
    expect(wrapText("một hai ba bốn năm", font, 10, 40)).toEqual(["một hai", "ba bốn", "năm"]);
  });
});
