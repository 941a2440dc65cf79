/** Texts of the service index page and of a service's published record (docs/service-index.md). */
import type { ComponentKey, GroupKey } from "@/lib/statistics/service-index/components";

const decimal = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("vi-VN");

/** 19,40 — points with two decimals and a comma. */
export const formatPoints = (n: number) => decimal.format(n);
/** 2,5 — working days with at most one decimal (15, not 15,0). */
export const formatDays = (n: number) => oneDecimal.format(n);
export const formatWhole = (n: number) => whole.format(n);

export const groupNames: Record<GroupKey, string> = {
  transparency: "Công khai, minh bạch",
  progress: "Tiến độ giải quyết",
  onlineServices: "Dịch vụ công trực tuyến",
  onlinePayment: "Thanh toán trực tuyến",
  satisfaction: "Mức độ hài lòng",
  digitization: "Số hóa hồ sơ, kết quả",
};

export const componentTexts: Record<ComponentKey, { name: string; formula: string; missing?: string }> = {
  publishedOnTime: {
    name: "Công khai thủ tục đúng hạn",
    formula: "6 × thủ tục công khai đúng hạn / thủ tục",
    missing: "Cổng chưa lưu ngày ban hành quyết định công bố thủ tục, nên chưa so được ngày công khai với hạn công khai.",
  },
  updatedOnTime: {
    name: "Cập nhật thủ tục đúng hạn",
    formula: "4 × thủ tục cập nhật đúng hạn / thủ tục được sửa đổi",
    missing: "Cổng có lưu từng phiên bản thủ tục nhưng chưa lưu ngày quyết định sửa đổi có hiệu lực, nên chưa tính được độ trễ.",
  },
  fullContent: { name: "Công khai đầy đủ nội dung", formula: "2 × thủ tục công khai đủ các trường thông tin / thủ tục đang công khai" },
  nationalSync: {
    name: "Đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia",
    formula: "6 × hồ sơ đồng bộ / hồ sơ",
    missing: "Cổng chưa đồng bộ hồ sơ với Cổng Dịch vụ công quốc gia.",
  },
  onTimeResolution: {
    name: "Giải quyết đúng hạn",
    formula: "20 × hồ sơ giải quyết trước hạn và đúng hạn trong kỳ / hồ sơ tiếp nhận trong kỳ (tối đa 20)",
  },
  offeredOnline: {
    name: "Thủ tục cung cấp trực tuyến (A)",
    formula: "min(2; 2 × A / 0,8), A = thủ tục có cách nộp trực tuyến (toàn trình hoặc một phần) / thủ tục",
  },
  usedOnline: {
    name: "Thủ tục trực tuyến có phát sinh hồ sơ (B)",
    formula: "4 × B, B = thủ tục trực tuyến có hồ sơ nộp trực tuyến trong kỳ / thủ tục trực tuyến",
  },
  filedOnline: { name: "Hồ sơ nộp trực tuyến (C)", formula: "min(6; 6 × C / 0,5), C = hồ sơ nộp trực tuyến / hồ sơ tiếp nhận trong kỳ" },
  paidOnline: { name: "Hồ sơ thanh toán trực tuyến", formula: "6 × hồ sơ nộp phí qua cổng thanh toán trực tuyến / hồ sơ có nộp phí trong kỳ" },
  feeServicesPayableOnline: { name: "Thủ tục có phí cho thanh toán trực tuyến", formula: "2 × thủ tục có phí nộp được trực tuyến / thủ tục có phí" },
  feeServicesPaidOnline: {
    name: "Thủ tục có phí có hồ sơ thanh toán trực tuyến",
    formula: "2 × thủ tục có phí có hồ sơ thanh toán trực tuyến trong kỳ / thủ tục có phí",
  },
  dossierSatisfaction: {
    name: "Hài lòng khi giải quyết hồ sơ",
    formula: "6 × min(1; tỷ lệ hài lòng / 90%), tỷ lệ hài lòng = đánh giá hài lòng và rất hài lòng / đánh giá trong kỳ",
  },
  complaintsOnTime: { name: "Phản ánh, kiến nghị xử lý đúng hạn", formula: "6 × phản ánh, kiến nghị xử lý đúng hạn / đã xử lý" },
  complaintSatisfaction: {
    name: "Hài lòng với việc xử lý phản ánh, kiến nghị",
    formula: "6 × trả lời được đánh giá hài lòng / trả lời được đánh giá",
  },
  electronicResults: { name: "Trả kết quả điện tử", formula: "6 × hồ sơ trả kết quả điện tử (không nhận tại quầy) / hồ sơ đã trả kết quả trong kỳ" },
  digitizedComponents: { name: "Số hóa thành phần hồ sơ", formula: "4 điểm", missing: "Cổng chưa số hóa thành phần hồ sơ khi tiếp nhận." },
  certifiedCopies: { name: "Chứng thực bản sao điện tử", formula: "2 điểm", missing: "Cổng chưa cấp bản sao chứng thực điện tử." },
  dataReuse: { name: "Tái sử dụng dữ liệu đã số hóa", formula: "2 điểm", missing: "Cổng chưa tái sử dụng dữ liệu, giấy tờ đã số hóa." },
  personalStore: {
    name: "Đồng bộ vào kho dữ liệu cá nhân",
    formula: "4 điểm",
    missing: "Cổng chưa đồng bộ kết quả vào kho dữ liệu của công dân, doanh nghiệp.",
  },
  populationProcedures: {
    name: "Thủ tục khai thác dữ liệu dân cư",
    formula: "2 điểm",
    missing: "Cổng chưa kết nối Cơ sở dữ liệu quốc gia về dân cư.",
  },
  populationDossiers: { name: "Hồ sơ khai thác dữ liệu dân cư", formula: "2 điểm", missing: "Cổng chưa kết nối Cơ sở dữ liệu quốc gia về dân cư." },
};

export const serviceIndexMessages = {
  title: "Chỉ số phục vụ người dân, doanh nghiệp",
  intro:
    'Bộ chỉ số theo Quyết định 766/QĐ-TTg (thang 100 điểm, 6 nhóm), tính từ dữ liệu của Cổng cho từng cơ quan cấp tỉnh và từng huyện, thị xã, thành phố (gồm các xã, phường, thị trấn trực thuộc). Thành phần nào Cổng chưa có dữ liệu được ghi "chưa đo", không tính vào tổng và trừ khỏi điểm tối đa: điểm của mỗi đơn vị là điểm đạt được trên số điểm đo được, quy về thang 100.',
  statisticsLink: "Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766)",
  periodHeading: (label: string) => `Kỳ đánh giá: ${label}`,
  notMeasuredHeading: "Thành phần chưa đo",
  notMeasuredIntro: (points: string) =>
    `Các thành phần sau (${points} điểm) Cổng chưa có dữ liệu để đo cho mọi đơn vị; chúng không được tính vào tổng điểm:`,
  notMeasuredItem: (name: string, max: number, why: string) => `${name} (${max} điểm): ${why}`,
  scaleNote: (measured: string) =>
    `Điểm tối đa đo được: ${measured} điểm trên 100 (ít hơn ở đơn vị không có số liệu cho một thành phần trong kỳ); điểm của mỗi đơn vị quy về thang 100.`,
  agenciesHeading: "Xếp hạng cơ quan cấp tỉnh",
  districtsHeading: "Xếp hạng cấp huyện (gồm cấp xã trực thuộc)",
  noSubjects: "Chưa có đơn vị nào.",
  rank: (rank: number | null) => (rank === null ? "Chưa xếp hạng" : `Hạng ${rank}`),
  total: (scaled: string) => `${scaled} điểm`,
  totalOver: (points: string, measured: string) => `điểm trên ${measured} điểm đo được: ${points}, quy về thang 100`,
  nothingMeasured: "Chưa có dữ liệu để tính trong kỳ này.",
  groupPoints: (points: string, measured: string, max: number) => `${points} / ${measured} điểm đo được (tối đa ${max})`,
  groupNotMeasured: (max: number) => `chưa đo (tối đa ${max})`,
  howComputed: "Cách tính từng nhóm",
  componentPoints: (points: string, max: number) => `${points} / ${max} điểm`,
  notMeasured: "chưa đo",
  noData: "không có số liệu trong kỳ (mẫu số bằng 0)",
  share: (part: number, whole: number) => `${formatWhole(part)} / ${formatWhole(whole)}`,
  formulaLabel: "Công thức",
  figuresLabel: "Số liệu",
  printHint: 'Bản in gồm bảng xếp hạng và điểm từng nhóm; mở mục "Cách tính" trước khi in để in cả chi tiết.',
} as const;

export const serviceRecordMessages = {
  heading: "Kết quả giải quyết 12 tháng gần nhất",
  period: (from: string, to: string) => `Từ ${from} đến ${to}.`,
  noData: (count: string) => `Chưa có dữ liệu: thủ tục có ${count} hồ sơ giải quyết trong 12 tháng qua, chưa đủ 10 hồ sơ để công bố.`,
  resolved: "Hồ sơ đã giải quyết",
  onTimeRate: "Tỷ lệ giải quyết đúng hạn",
  medianDays: "Thời gian giải quyết (trung vị)",
  medianValue: (days: string, limit: string) => `${days} ngày làm việc (thời hạn quy định: ${limit} ngày làm việc)`,
  onlineRate: "Tỷ lệ hồ sơ trực tuyến",
  satisfaction: "Tỷ lệ hài lòng",
  satisfactionValue: (rate: string, count: string) => `${rate} (${count} lượt đánh giá)`,
  noRatings: "chưa có đánh giá",
  note: "Tỷ lệ đúng hạn = hồ sơ giải quyết trước hạn và đúng hạn / hồ sơ đã giải quyết; thời gian tính theo giờ làm việc từ khi tiếp nhận đến khi có kết quả, trừ thời gian chờ bổ sung hồ sơ.",
} as const;
