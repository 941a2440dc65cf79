/** Texts of the statistics pages (docs/statistics.md defines every figure). */
const number = new Intl.NumberFormat("vi-VN");

/** 90.010 — thousands grouped with dots, as published reports write them. */
export function formatCount(n: number): string {
  return number.format(n);
}

/** 98,7% — one decimal with a comma; a dash when there is nothing to divide. */
export function formatRate(rate: number | null): string {
  if (rate === null) return "—";
  return `${(Math.round(rate * 1000) / 10).toFixed(1).replace(".", ",")}%`;
}

export const tierNames: Record<string, string> = { tinh: "Cấp tỉnh", huyen: "Cấp huyện", xa: "Cấp xã" };
export const channelNames: Record<string, string> = { "1": "Trực tiếp", "2": "Trực tuyến", "3": "Bưu chính" };

export const statisticsMessages = {
  title: "Thống kê tình hình giải quyết thủ tục hành chính",
  intro:
    "Số liệu tiếp nhận và giải quyết hồ sơ của các cơ quan, đơn vị trên địa bàn tỉnh, tính từ dữ liệu hồ sơ của Cổng. Tỷ lệ đúng hạn = hồ sơ giải quyết trước hạn và đúng hạn / hồ sơ đã giải quyết; tỷ lệ trực tuyến = hồ sơ đã giải quyết được tiếp nhận trực tuyến / hồ sơ đã giải quyết.",
  periodLegend: "Kỳ báo cáo",
  year: "Năm",
  quarter: "Quý",
  month: "Tháng",
  wholeYear: "Cả năm",
  show: "Xem",
  print: "In trang này",
  periodHeading: (label: string) => `Kỳ báo cáo: ${label}`,
  yearLabel: (year: number) => `năm ${year}`,
  quarterLabel: (q: number, year: number) => `quý ${q} năm ${year}`,
  monthLabel: (m: number, year: number) => `tháng ${m} năm ${year}`,
  invalidPeriod: "Kỳ báo cáo không hợp lệ; đang hiển thị năm mặc định.",
  summaryHeading: "Tổng quan",
  received: "Tiếp nhận",
  resolved: "Đã giải quyết",
  resolvedOnline: "Giải quyết hồ sơ trực tuyến",
  onTimeRate: "Tỷ lệ đúng hạn",
  onlineRate: "Tỷ lệ trực tuyến",
  inProgress: "Đang giải quyết cuối kỳ",
  byTierHeading: "Theo cấp hành chính",
  byAgencyHeading: "Theo cơ quan, đơn vị",
  trendHeading: "Diễn biến theo tháng",
  tierChartTitle: "Hồ sơ tiếp nhận và đã giải quyết theo cấp",
  trendChartTitle: "Hồ sơ tiếp nhận và đã giải quyết theo tháng",
  tierSummary: (parts: string[]) => `Biểu đồ cột: ${parts.join("; ")}.`,
  tierSummaryPart: (tier: string, received: string, resolved: string, online: string) =>
    `${tier} tiếp nhận ${received} hồ sơ, đã giải quyết ${resolved}, trong đó ${online} hồ sơ trực tuyến`,
  trendSummary: (maxMonth: string, max: string, minMonth: string, min: string) =>
    `Biểu đồ đường: tháng tiếp nhận nhiều nhất là ${maxMonth} (${max} hồ sơ), ít nhất là ${minMonth} (${min} hồ sơ).`,
  tableCaptionTier: "Số liệu theo cấp hành chính",
  tableCaptionAgency: "Số liệu theo cơ quan, đơn vị",
  tableCaptionTrend: "Số liệu theo tháng",
  columnGroup: "Cấp / đơn vị",
  columnMonth: "Tháng",
  noData: "Chưa có dữ liệu cho kỳ này.",
  apiHint: "Dữ liệu dạng JSON:",
} as const;
