import type { DivisionKind } from "@/db/schema/organisation";
import { AGENCY_CODES, type AgencyKey } from "./administrative-units";

/**
 * The divisions of Quảng Nam's agencies and districts at 31/12/2023 (docs/organisation.md): 118 phòng
 * and 11 chi cục in the 21 provincial agencies, 204 phòng chuyên môn in the 18 district-level units.
 * The totals are the 2023 report's; the names follow the usual structure of each kind of agency
 * (Văn phòng, Thanh tra, the specialised divisions) and of a district (Decree 37/2014 as amended by
 * Decree 108/2020) — plausible, not an official list.
 */

export interface DivisionSeed {
  unitCode: string;
  code: string;
  name: string;
  kind: DivisionKind;
  sortOrder: number;
}

const VP = "Văn phòng Sở";
const TT = "Thanh tra Sở";

/** Each agency's phòng (first) and chi cục (second), in the order an organisation chart lists them. */
const AGENCY_DIVISIONS: Record<AgencyKey, { phong: string[]; chiCuc?: string[] }> = {
  officeUbnd: {
    phong: [
      "Phòng Hành chính - Tổ chức",
      "Phòng Quản trị - Tài vụ",
      "Phòng Kinh tế",
      "Phòng Khoa giáo - Văn xã",
      "Phòng Nội chính",
      "Phòng Kiểm soát thủ tục hành chính",
    ],
  },
  home: {
    phong: [
      VP,
      TT,
      "Phòng Tổ chức - Biên chế và Tổ chức phi chính phủ",
      "Phòng Xây dựng chính quyền và Công tác thanh niên",
      "Phòng Công chức, viên chức",
      "Phòng Cải cách hành chính",
      "Phòng Quản lý văn thư, lưu trữ",
    ],
  },
  justice: {
    phong: [
      VP,
      TT,
      "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật",
      "Phòng Phổ biến, giáo dục pháp luật",
      "Phòng Hành chính tư pháp",
      "Phòng Bổ trợ tư pháp",
    ],
  },
  planning: {
    phong: [VP, TT, "Phòng Tổng hợp, quy hoạch", "Phòng Kinh tế ngành", "Phòng Đăng ký kinh doanh", "Phòng Đấu thầu, thẩm định và giám sát đầu tư"],
  },
  finance: {
    phong: [
      VP,
      TT,
      "Phòng Quản lý ngân sách",
      "Phòng Tài chính hành chính sự nghiệp",
      "Phòng Tài chính đầu tư",
      "Phòng Quản lý giá và công sản",
      "Phòng Tài chính doanh nghiệp",
    ],
  },
  industryTrade: {
    phong: [VP, TT, "Phòng Quản lý công nghiệp", "Phòng Quản lý thương mại", "Phòng Quản lý năng lượng", "Phòng Kỹ thuật an toàn - Môi trường"],
  },
  agriculture: {
    phong: [VP, TT, "Phòng Kế hoạch - Tài chính", "Phòng Tổ chức cán bộ", "Phòng Quản lý xây dựng công trình"],
    chiCuc: [
      "Chi cục Kiểm lâm",
      "Chi cục Thủy lợi",
      "Chi cục Trồng trọt và Bảo vệ thực vật",
      "Chi cục Chăn nuôi và Thú y",
      "Chi cục Thủy sản",
      "Chi cục Phát triển nông thôn",
      "Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản",
    ],
  },
  transport: {
    phong: [
      VP,
      TT,
      "Phòng Kế hoạch - Tài chính",
      "Phòng Quản lý kết cấu hạ tầng giao thông",
      "Phòng Quản lý vận tải, phương tiện và người lái",
      "Phòng Quản lý chất lượng công trình giao thông",
    ],
  },
  construction: {
    phong: [
      VP,
      TT,
      "Phòng Quản lý xây dựng",
      "Phòng Quy hoạch - Kiến trúc",
      "Phòng Quản lý nhà và thị trường bất động sản",
      "Phòng Kinh tế và Vật liệu xây dựng",
    ],
  },
  naturalResources: {
    phong: [
      VP,
      TT,
      "Phòng Quản lý đất đai",
      "Phòng Đo đạc, bản đồ và Viễn thám",
      "Phòng Tài nguyên nước - Khoáng sản",
      "Phòng Biển, hải đảo và Biến đổi khí hậu",
    ],
    chiCuc: ["Chi cục Bảo vệ môi trường"],
  },
  information: {
    phong: [VP, TT, "Phòng Bưu chính - Viễn thông", "Phòng Công nghệ thông tin", "Phòng Thông tin - Báo chí - Xuất bản"],
  },
  labour: {
    phong: [
      VP,
      TT,
      "Phòng Lao động - Việc làm - An toàn lao động",
      "Phòng Người có công",
      "Phòng Bảo trợ xã hội và Trẻ em",
      "Phòng Giáo dục nghề nghiệp",
    ],
  },
  culture: {
    phong: [
      VP,
      TT,
      "Phòng Quản lý văn hóa",
      "Phòng Quản lý thể dục thể thao",
      "Phòng Quản lý du lịch",
      "Phòng Xây dựng nếp sống văn hóa và Gia đình",
    ],
  },
  science: {
    phong: [VP, TT, "Phòng Quản lý khoa học", "Phòng Quản lý công nghệ và Thị trường công nghệ", "Phòng Quản lý chuyên ngành"],
    chiCuc: ["Chi cục Tiêu chuẩn Đo lường Chất lượng"],
  },
  education: {
    phong: [
      VP,
      TT,
      "Phòng Giáo dục mầm non - Tiểu học",
      "Phòng Giáo dục trung học",
      "Phòng Giáo dục thường xuyên - Chuyên nghiệp",
      "Phòng Khảo thí và Kiểm định chất lượng giáo dục",
      "Phòng Kế hoạch - Tài chính",
    ],
  },
  health: {
    phong: [VP, TT, "Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Dược", "Phòng Kế hoạch - Tài chính", "Phòng Tổ chức cán bộ"],
    chiCuc: ["Chi cục Dân số - Kế hoạch hóa gia đình", "Chi cục An toàn vệ sinh thực phẩm"],
  },
  foreignAffairs: {
    phong: [VP, TT, "Phòng Lãnh sự - Người Việt Nam ở nước ngoài", "Phòng Hợp tác quốc tế và Biên giới"],
  },
  inspectorate: {
    phong: [
      "Văn phòng",
      "Phòng Thanh tra kinh tế - xã hội",
      "Phòng Giải quyết khiếu nại, tố cáo",
      "Phòng Phòng, chống tham nhũng",
      "Phòng Giám sát, kiểm tra và Xử lý sau thanh tra",
    ],
  },
  ethnic: {
    phong: ["Văn phòng Ban", "Thanh tra Ban", "Phòng Chính sách", "Phòng Kế hoạch - Tổng hợp"],
  },
  chuLai: {
    phong: [
      "Văn phòng Ban",
      "Phòng Quản lý quy hoạch và Xây dựng",
      "Phòng Quản lý đầu tư",
      "Phòng Quản lý doanh nghiệp",
      "Phòng Quản lý tài nguyên và Môi trường",
    ],
  },
  industrialZones: {
    phong: ["Văn phòng Ban", "Phòng Quản lý đầu tư", "Phòng Quản lý doanh nghiệp và Lao động", "Phòng Quản lý quy hoạch và Xây dựng"],
  },
};

/** The divisions every district-level People's Committee has. */
const DISTRICT_COMMON = [
  "Văn phòng HĐND và UBND",
  "Phòng Nội vụ",
  "Phòng Tư pháp",
  "Phòng Tài chính - Kế hoạch",
  "Phòng Tài nguyên và Môi trường",
  "Phòng Lao động - Thương binh và Xã hội",
  "Phòng Giáo dục và Đào tạo",
  "Thanh tra",
];
const CULTURE = "Phòng Văn hóa và Thông tin";
const HEALTH = "Phòng Y tế";
const ECONOMY_URBAN = ["Phòng Kinh tế", "Phòng Quản lý đô thị"];
const ECONOMY_RURAL = ["Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Kinh tế và Hạ tầng"];

/**
 * A city or town: 12 (urban economy and urban management). A larger rural district: 12. A smaller one: 11,
 * its health tasks with the Văn phòng. A mountain district: 11 with a Phòng Dân tộc, its health and culture
 * tasks with the Văn phòng. 3×12 + 3×12 + 6×11 + 6×11 = 204.
 */
const DISTRICT_SHAPES = {
  urban: [...DISTRICT_COMMON, CULTURE, HEALTH, ...ECONOMY_URBAN],
  ruralLarge: [...DISTRICT_COMMON, CULTURE, HEALTH, ...ECONOMY_RURAL],
  ruralSmall: [...DISTRICT_COMMON, CULTURE, ...ECONOMY_RURAL],
  mountain: [...DISTRICT_COMMON, ...ECONOMY_RURAL, "Phòng Dân tộc"],
} as const;

/** District unit codes (db/seed/administrative-units.ts: 000.00.22.H47 Tam Kỳ … 000.00.39.H47 Nam Giang). */
const DISTRICT_SHAPE_BY_CODE: Record<string, keyof typeof DISTRICT_SHAPES> = {
  "000.00.22.H47": "urban", // TP Tam Kỳ
  "000.00.23.H47": "urban", // TP Hội An
  "000.00.24.H47": "urban", // TX Điện Bàn
  "000.00.25.H47": "ruralLarge", // Đại Lộc
  "000.00.26.H47": "ruralLarge", // Duy Xuyên
  "000.00.27.H47": "ruralSmall", // Quế Sơn
  "000.00.28.H47": "ruralSmall", // Nông Sơn
  "000.00.29.H47": "ruralLarge", // Thăng Bình
  "000.00.30.H47": "ruralSmall", // Núi Thành
  "000.00.31.H47": "ruralSmall", // Phú Ninh
  "000.00.32.H47": "ruralSmall", // Tiên Phước
  "000.00.33.H47": "mountain", // Bắc Trà My
  "000.00.34.H47": "mountain", // Nam Trà My
  "000.00.35.H47": "ruralSmall", // Hiệp Đức
  "000.00.36.H47": "mountain", // Phước Sơn
  "000.00.37.H47": "mountain", // Đông Giang
  "000.00.38.H47": "mountain", // Tây Giang
  "000.00.39.H47": "mountain", // Nam Giang
};

/** `Phòng Tài nguyên và Môi trường` → `phong-tai-nguyen-va-moi-truong`. */
export function divisionCode(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function divisionsOf(unitCode: string, entries: Array<[string, DivisionKind]>): DivisionSeed[] {
  return entries.map(([name, kind], i) => ({ unitCode, code: divisionCode(name), name, kind, sortOrder: i + 1 }));
}

function buildDivisions(): DivisionSeed[] {
  const result: DivisionSeed[] = [];
  for (const [key, { phong, chiCuc = [] }] of Object.entries(AGENCY_DIVISIONS) as Array<[AgencyKey, (typeof AGENCY_DIVISIONS)[AgencyKey]]>) {
    result.push(
      ...divisionsOf(AGENCY_CODES[key], [
        ...phong.map((n): [string, DivisionKind] => [n, "phong"]),
        ...chiCuc.map((n): [string, DivisionKind] => [n, "chi-cuc"]),
      ]),
    );
  }
  for (const [unitCode, shape] of Object.entries(DISTRICT_SHAPE_BY_CODE)) {
    result.push(
      ...divisionsOf(
        unitCode,
        DISTRICT_SHAPES[shape].map((n): [string, DivisionKind] => [n, "phong-huyen"]),
      ),
    );
  }
  return result;
}

export const DIVISIONS: readonly DivisionSeed[] = buildDivisions();
