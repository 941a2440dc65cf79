import { formatVietnamDateTime } from "@/lib/calendar/format";
import { channelName } from "@/lib/tracking/status-names";
import type { DossierChannel } from "@/lib/workflow/statuses";

/** What the receipt and appointment slip (Mẫu 01, Circular 01/2018; docs/domain.md#forms) shows. */
export interface ReceiptSlipData {
  code: string;
  /** Opens the public lookup for this dossier; printed as a QR code. */
  lookupUrl: string;
  provinceName: string;
  receivingUnitName: string;
  channel: DossierChannel;
  status: number;
  applicant: {
    fullName: string;
    idNumber: string;
    address: string;
    phone: string;
    email: string;
  };
  onBehalfOf?: { fullName: string; idNumber: string; relationship: string } | null;
  serviceName: string;
  serviceCode: string;
  documents: { name: string; originals: number; copies: number; files: number }[];
  timeLimitText: string;
  submittedAt: Date;
  receivedAt: Date | null;
  receiptDeadline: Date;
  dueAt: Date;
  resultPlace: string;
  fullyOnline: boolean;
}

export interface SlipLine {
  label?: string;
  text: string;
}

export interface ReceiptSlipContent {
  headerLeft: [string, string];
  title: string;
  codeLine: string;
  intro: SlipLine[];
  documentsHeading: string;
  documentsColumns: [string, string, string, string];
  documentRows: [string, string, string, string][];
  times: SlipLine[];
  notes: string[];
  signatures: [string, string];
  qrCaption: string;
}

/** The slip's text, line by line: everything the PDF draws, so tests can read it without a PDF parser. */
export function buildReceiptSlipContent(data: ReceiptSlipData): ReceiptSlipContent {
  const received = data.receivedAt !== null;
  const intro: SlipLine[] = [
    { label: "Bộ phận tiếp nhận và trả kết quả", text: data.receivingUnitName },
    { label: "Tiếp nhận hồ sơ của", text: data.applicant.fullName },
    { label: "Số định danh / mã số thuế", text: data.applicant.idNumber },
    { label: "Địa chỉ", text: data.applicant.address || "—" },
    { label: "Số điện thoại", text: data.applicant.phone || "—" },
    { label: "Thư điện tử", text: data.applicant.email || "—" },
  ];
  if (data.onBehalfOf) {
    intro.push({
      label: "Nộp thay cho",
      text: `${data.onBehalfOf.fullName} (${data.onBehalfOf.idNumber}), quan hệ: ${data.onBehalfOf.relationship}`,
    });
  }
  intro.push(
    { label: "Nội dung yêu cầu giải quyết", text: `${data.serviceName} (mã thủ tục ${data.serviceCode})` },
    { label: "Hình thức nộp", text: channelName(data.channel, "vi") },
  );
  const times: SlipLine[] = [
    { label: "Thời hạn giải quyết theo quy định", text: data.timeLimitText },
    { label: "Thời gian nộp hồ sơ", text: formatVietnamDateTime(data.submittedAt) },
    received
      ? { label: "Thời gian tiếp nhận hồ sơ", text: formatVietnamDateTime(data.receivedAt as Date) }
      : { label: "Hạn tiếp nhận hồ sơ (8 giờ làm việc)", text: formatVietnamDateTime(data.receiptDeadline) },
    { label: "Thời gian hẹn trả kết quả", text: formatVietnamDateTime(data.dueAt) },
    { label: "Nơi nhận kết quả", text: data.fullyOnline ? `Trực tuyến, tại mục Hồ sơ của tôi; hoặc ${data.resultPlace}` : data.resultPlace },
  ];
  const notes = [
    received
      ? "Hồ sơ đã được tiếp nhận. Thời hạn giải quyết tính theo giờ làm việc, không kể ngày nghỉ, ngày lễ."
      : "Hồ sơ nộp trực tuyến đang chờ cán bộ tiếp nhận; thời gian hẹn trả có thể thay đổi khi hồ sơ được tiếp nhận.",
    "Quét mã QR hoặc tra cứu bằng mã hồ sơ và số định danh tại mục Tra cứu hồ sơ để theo dõi tình trạng.",
  ];
  return {
    headerLeft: [data.provinceName.toUpperCase(), data.receivingUnitName.toUpperCase()],
    title: "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
    codeLine: `Mã hồ sơ: ${data.code}`,
    intro,
    documentsHeading: "Thành phần hồ sơ:",
    documentsColumns: ["TT", "Tên giấy tờ", "Bản chính / bản sao", "Tệp đã nộp"],
    documentRows: data.documents.map((d, i) => [String(i + 1), d.name, `${d.originals} / ${d.copies}`, String(d.files)]),
    times,
    notes,
    signatures: ["NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ"],
    qrCaption: "Tra cứu hồ sơ",
  };
}
