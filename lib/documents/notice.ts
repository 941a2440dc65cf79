import { formatVietnamDateTime } from "@/lib/calendar/format";

/** The one-stop notices of Circular 01/2018 sent to the applicant: Mẫu 02, 03 and 04. */
export type NoticeKind = "supplement" | "refusal" | "apology";

export interface NoticeData {
  kind: NoticeKind;
  code: string;
  provinceName: string;
  unitName: string;
  applicantName: string;
  serviceName: string;
  submittedAt: Date;
  issuedAt: Date;
  officerName: string;
  /** Mẫu 02: what is missing, one item a line. Mẫu 03: the reason. Mẫu 04: the reason for the delay. */
  note: string;
  /** Mẫu 04 */
  originalDueAt?: Date;
  newAppointment?: Date;
}

export interface NoticeContent {
  form: string;
  title: string;
  addressee: string;
  paragraphs: string[];
  items: string[];
  closing: string;
  signature: string;
}

const TITLES: Record<NoticeKind, [string, string]> = {
  supplement: ["Mẫu số 02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"],
  refusal: ["Mẫu số 03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"],
  apology: ["Mẫu số 04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"],
};

/** An officer's note as a list: one item a line, without the bullets or numbers typed before it. */
export function noteItems(note: string): string[] {
  return note
    .split(/\r?\n/)
    .map((l) => l.replace(/^[-•*\d.)\s]+/, "").trim())
    .filter(Boolean);
}

/** Items joined into the end of a sentence: each item's own closing punctuation dropped, one full stop at the end. */
function endSentence(items: readonly string[]): string {
  return `${items.map((item) => item.replace(/[\s.;,:…]+$/u, "")).join("; ")}.`;
}

export function buildNoticeContent(data: NoticeData): NoticeContent {
  const [form, title] = TITLES[data.kind];
  const received = `${data.unitName} đã tiếp nhận hồ sơ ${data.code} về thủ tục "${data.serviceName}", nộp lúc ${formatVietnamDateTime(data.submittedAt)}.`;
  const lines = noteItems(data.note);
  let paragraphs: string[];
  let items: string[] = [];
  if (data.kind === "supplement") {
    paragraphs = [received, "Sau khi xem xét, hồ sơ của Ông/Bà cần được bổ sung, hoàn thiện những nội dung sau (yêu cầu này chỉ thực hiện một lần):"];
    items = lines;
  } else if (data.kind === "refusal") {
    paragraphs = [received, `Hồ sơ không đủ điều kiện để tiếp nhận giải quyết vì lý do sau: ${endSentence(lines)}`];
  } else {
    paragraphs = [
      received,
      `Theo quy định, kết quả được hẹn trả lúc ${data.originalDueAt ? formatVietnamDateTime(data.originalDueAt) : "—"}. Tuy nhiên, hồ sơ chưa được giải quyết đúng hạn vì: ${endSentence(lines)}`,
      `${data.unitName} thành thật xin lỗi Ông/Bà và xin hẹn trả kết quả vào lúc ${data.newAppointment ? formatVietnamDateTime(data.newAppointment) : "—"}.`,
    ];
  }
  return {
    form,
    title,
    addressee: `Kính gửi: Ông/Bà ${data.applicantName}`,
    paragraphs,
    items,
    closing: `Mọi thắc mắc xin liên hệ ${data.unitName}. Ngày lập: ${formatVietnamDateTime(data.issuedAt)}.`,
    signature: data.officerName,
  };
}
