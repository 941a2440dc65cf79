/** Texts of the organisation pages, /co-quan and /co-quan/[code] (docs/organisation.md). */
import { formatCount, formatRate } from "./statistics";

/** 2023-01-01 → 01/01/2023. */
export function formatDay(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

export const organisationMessages = {
  title: "Cơ quan, đơn vị",
  intro:
    "Các cơ quan chuyên môn thuộc UBND tỉnh, UBND cấp huyện và UBND cấp xã tiếp nhận, giải quyết thủ tục hành chính. Mở một cơ quan để xem các phòng, chi cục của cơ quan đó; chọn số thủ tục để xem danh mục thủ tục đơn vị giải quyết.",
  countsHeading: "Tổ chức bộ máy",
  countsNote: "Số liệu đếm từ dữ liệu tổ chức của Cổng.",
  counts: {
    agencies: "Cơ quan chuyên môn, tổ chức hành chính thuộc UBND tỉnh",
    divisions: "Phòng chuyên môn thuộc các cơ quan cấp tỉnh",
    subDepartments: "Chi cục thuộc các cơ quan cấp tỉnh",
    districtDivisions: "Phòng chuyên môn thuộc UBND cấp huyện",
    districts: "UBND cấp huyện",
    communes: "UBND cấp xã",
  },
  performanceHeading: "Kết quả giải quyết hồ sơ",
  performanceNote: (from: string, to: string, min: number) =>
    `Số hồ sơ đã giải quyết và tỷ lệ đúng hạn của từng đơn vị trong 12 tháng từ ${formatDay(from)} đến ${formatDay(to)} (tháng gần nhất có số liệu), tính từ dữ liệu hồ sơ của Cổng. Tỷ lệ đúng hạn = hồ sơ giải quyết trước hạn và đúng hạn / hồ sơ đã giải quyết; đơn vị giải quyết dưới ${min} hồ sơ chưa được công bố tỷ lệ.`,
  statisticsLink: "Xem thống kê chi tiết",
  provincial: "Cơ quan cấp tỉnh",
  district: "UBND cấp huyện",
  code: "Mã định danh",
  services: (n: number) => `${formatCount(n)} thủ tục`,
  servicesOf: (n: number, unit: string) => `${formatCount(n)} thủ tục của ${unit}`,
  performance: (resolved: number, onTimeRate: number | null) => `Đã giải quyết ${formatCount(resolved)} hồ sơ, đúng hạn ${formatRate(onTimeRate)}`,
  tooFew: (resolved: number) =>
    resolved === 0 ? "Chưa có hồ sơ đã giải quyết" : `Đã giải quyết ${formatCount(resolved)} hồ sơ (chưa đủ để công bố tỷ lệ)`,
  agencyDivisions: (phong: number, chiCuc: number) => (chiCuc > 0 ? `${phong} phòng, ${chiCuc} chi cục` : `${phong} phòng`),
  districtDivisions: (n: number) => `${n} phòng chuyên môn`,
  communes: (n: number) => `${n} xã, phường, thị trấn`,
  divisionKinds: { phong: "Phòng", "chi-cuc": "Chi cục", "phong-huyen": "Phòng chuyên môn" } as Record<string, string>,
  detail: {
    back: "Tất cả cơ quan, đơn vị",
    of: (district: string) => `Thuộc ${district}`,
    divisions: "Phòng, chi cục",
    districtDivisions: "Phòng chuyên môn",
    communes: "Xã, phường, thị trấn",
    noDivisions: "Đơn vị cấp xã không có phòng chuyên môn: công chức chuyên môn làm việc trực tiếp tại UBND xã.",
    servicesHeading: "Thủ tục hành chính",
    servicesText: (n: number, unit: string) => `${unit} giải quyết ${formatCount(n)} thủ tục hành chính.`,
    servicesLink: "Xem danh mục thủ tục",
    months: "Số liệu theo tháng",
    month: "Tháng",
    received: "Tiếp nhận",
    resolved: "Đã giải quyết",
    onTimeRate: "Tỷ lệ đúng hạn",
    noData: "Chưa có hồ sơ trong 12 tháng này.",
  },
} as const;
