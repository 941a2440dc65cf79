import type { UnitSeed } from "./types";

/**
 * Quảng Nam as the 2023 report describes it (docs/domain.md#tiers): the province, its 21 provincial agencies,
 * 18 district-level units and their communes. Codes follow the agency identifier form 000.NN.DD.H47:
 * agencies and districts are 000.00.NN.H47, a commune is 000.NN.DD.H47 where DD is its district's NN.
 */

export const PROVINCE_CODE = "000.00.00.H47";

const PROVINCE_NAME = "Quảng Nam";

/** Short keys for the provincial agencies, so the catalog can refer to them by name. */
export const AGENCY_CODES = {
  officeUbnd: "000.00.01.H47",
  home: "000.00.02.H47",
  justice: "000.00.03.H47",
  planning: "000.00.04.H47",
  finance: "000.00.05.H47",
  industryTrade: "000.00.06.H47",
  agriculture: "000.00.07.H47",
  transport: "000.00.08.H47",
  construction: "000.00.09.H47",
  naturalResources: "000.00.10.H47",
  information: "000.00.11.H47",
  labour: "000.00.12.H47",
  culture: "000.00.13.H47",
  science: "000.00.14.H47",
  education: "000.00.15.H47",
  health: "000.00.16.H47",
  foreignAffairs: "000.00.17.H47",
  inspectorate: "000.00.18.H47",
  ethnic: "000.00.19.H47",
  chuLai: "000.00.20.H47",
  industrialZones: "000.00.21.H47",
} as const;

export type AgencyKey = keyof typeof AGENCY_CODES;

/** 0235 is Quảng Nam's area code; numbers are derived from the unit code so the seed stays stable. */
function phoneFor(code: string): string {
  let h = 2166136261;
  for (const ch of code) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  const digits = String(h % 10_000_000).padStart(7, "0");
  return `0235 3${digits.slice(0, 2)} ${digits.slice(3, 7)}`;
}

const AGENCIES: Array<{ key: AgencyKey; name: string; shortName: string; address: string }> = [
  {
    key: "officeUbnd",
    name: "Văn phòng Ủy ban nhân dân tỉnh Quảng Nam",
    shortName: "Văn phòng UBND tỉnh",
    address: "62 Hùng Vương, TP Tam Kỳ, Quảng Nam",
  },
  {
    key: "home",
    name: "Sở Nội vụ tỉnh Quảng Nam",
    shortName: "Sở Nội vụ",
    address: "Khu liên cơ quan Sở, ngành, đường Hùng Vương, TP Tam Kỳ, Quảng Nam",
  },
  { key: "justice", name: "Sở Tư pháp tỉnh Quảng Nam", shortName: "Sở Tư pháp", address: "Đường Hùng Vương, TP Tam Kỳ, Quảng Nam" },
  {
    key: "planning",
    name: "Sở Kế hoạch và Đầu tư tỉnh Quảng Nam",
    shortName: "Sở Kế hoạch và Đầu tư",
    address: "Đường Trần Phú, TP Tam Kỳ, Quảng Nam",
  },
  { key: "finance", name: "Sở Tài chính tỉnh Quảng Nam", shortName: "Sở Tài chính", address: "Đường Hùng Vương, TP Tam Kỳ, Quảng Nam" },
  { key: "industryTrade", name: "Sở Công Thương tỉnh Quảng Nam", shortName: "Sở Công Thương", address: "Đường Hùng Vương, TP Tam Kỳ, Quảng Nam" },
  {
    key: "agriculture",
    name: "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Nam",
    shortName: "Sở Nông nghiệp và PTNT",
    address: "Đường Trần Hưng Đạo, TP Tam Kỳ, Quảng Nam",
  },
  {
    key: "transport",
    name: "Sở Giao thông vận tải tỉnh Quảng Nam",
    shortName: "Sở Giao thông vận tải",
    address: "Đường Trần Hưng Đạo, TP Tam Kỳ, Quảng Nam",
  },
  { key: "construction", name: "Sở Xây dựng tỉnh Quảng Nam", shortName: "Sở Xây dựng", address: "Đường Hùng Vương, TP Tam Kỳ, Quảng Nam" },
  {
    key: "naturalResources",
    name: "Sở Tài nguyên và Môi trường tỉnh Quảng Nam",
    shortName: "Sở Tài nguyên và Môi trường",
    address: "Đường Hùng Vương, TP Tam Kỳ, Quảng Nam",
  },
  {
    key: "information",
    name: "Sở Thông tin và Truyền thông tỉnh Quảng Nam",
    shortName: "Sở Thông tin và Truyền thông",
    address: "Đường Trần Phú, TP Tam Kỳ, Quảng Nam",
  },
  {
    key: "labour",
    name: "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam",
    shortName: "Sở Lao động - Thương binh và Xã hội",
    address: "Đường Hùng Vương, TP Tam Kỳ, Quảng Nam",
  },
  {
    key: "culture",
    name: "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam",
    shortName: "Sở Văn hóa, Thể thao và Du lịch",
    address: "Đường Trần Hưng Đạo, TP Tam Kỳ, Quảng Nam",
  },
  {
    key: "science",
    name: "Sở Khoa học và Công nghệ tỉnh Quảng Nam",
    shortName: "Sở Khoa học và Công nghệ",
    address: "Đường Trần Hưng Đạo, TP Tam Kỳ, Quảng Nam",
  },
  {
    key: "education",
    name: "Sở Giáo dục và Đào tạo tỉnh Quảng Nam",
    shortName: "Sở Giáo dục và Đào tạo",
    address: "Đường Trần Hưng Đạo, TP Tam Kỳ, Quảng Nam",
  },
  { key: "health", name: "Sở Y tế tỉnh Quảng Nam", shortName: "Sở Y tế", address: "Đường Trần Hưng Đạo, TP Tam Kỳ, Quảng Nam" },
  { key: "foreignAffairs", name: "Sở Ngoại vụ tỉnh Quảng Nam", shortName: "Sở Ngoại vụ", address: "Đường Hùng Vương, TP Tam Kỳ, Quảng Nam" },
  { key: "inspectorate", name: "Thanh tra tỉnh Quảng Nam", shortName: "Thanh tra tỉnh", address: "Đường Hùng Vương, TP Tam Kỳ, Quảng Nam" },
  { key: "ethnic", name: "Ban Dân tộc tỉnh Quảng Nam", shortName: "Ban Dân tộc", address: "Đường Trần Phú, TP Tam Kỳ, Quảng Nam" },
  {
    key: "chuLai",
    name: "Ban Quản lý Khu kinh tế mở Chu Lai",
    shortName: "BQL Khu kinh tế mở Chu Lai",
    address: "Khu kinh tế mở Chu Lai, huyện Núi Thành, Quảng Nam",
  },
  {
    key: "industrialZones",
    name: "Ban Quản lý các Khu công nghiệp tỉnh Quảng Nam",
    shortName: "BQL các Khu công nghiệp",
    address: "Đường Trần Phú, TP Tam Kỳ, Quảng Nam",
  },
];

type DistrictKind = "tp" | "tx" | "huyen";
type CommuneKind = "phường" | "xã" | "thị trấn";

interface DistrictData {
  kind: DistrictKind;
  name: string;
  /** Where the district's administrative centre is, used in addresses. */
  seat: string;
  communes: Array<[CommuneKind, string]>;
}

/** In the 2023 report's order (docs/domain.md#tiers); the position gives the district code 000.00.(22+i).H47. */
const DISTRICTS: DistrictData[] = [
  {
    kind: "tp",
    name: "Tam Kỳ",
    seat: "Đường Hùng Vương",
    communes: [
      ["phường", "An Mỹ"],
      ["phường", "An Sơn"],
      ["phường", "An Xuân"],
      ["phường", "An Phú"],
      ["phường", "Hòa Hương"],
      ["phường", "Hòa Thuận"],
      ["phường", "Phước Hòa"],
      ["phường", "Tân Thạnh"],
      ["phường", "Trường Xuân"],
      ["xã", "Tam Ngọc"],
      ["xã", "Tam Phú"],
      ["xã", "Tam Thăng"],
      ["xã", "Tam Thanh"],
    ],
  },
  {
    kind: "tp",
    name: "Hội An",
    seat: "09 Trần Hưng Đạo, phường Minh An",
    communes: [
      ["phường", "Minh An"],
      ["phường", "Cẩm Phô"],
      ["phường", "Sơn Phong"],
      ["phường", "Tân An"],
      ["phường", "Thanh Hà"],
      ["phường", "Cẩm Châu"],
      ["phường", "Cẩm An"],
      ["phường", "Cẩm Nam"],
      ["phường", "Cửa Đại"],
      ["xã", "Cẩm Hà"],
      ["xã", "Cẩm Kim"],
      ["xã", "Cẩm Thanh"],
      ["xã", "Tân Hiệp"],
    ],
  },
  {
    kind: "tx",
    name: "Điện Bàn",
    seat: "Phường Vĩnh Điện",
    communes: [
      ["phường", "Vĩnh Điện"],
      ["phường", "Điện Ngọc"],
      ["phường", "Điện Dương"],
      ["phường", "Điện Nam Bắc"],
      ["xã", "Điện Hòa"],
      ["xã", "Điện Minh"],
    ],
  },
  {
    kind: "huyen",
    name: "Đại Lộc",
    seat: "Thị trấn Ái Nghĩa",
    communes: [
      ["thị trấn", "Ái Nghĩa"],
      ["xã", "Đại Hiệp"],
      ["xã", "Đại Lãnh"],
      ["xã", "Đại Minh"],
    ],
  },
  {
    kind: "huyen",
    name: "Duy Xuyên",
    seat: "Thị trấn Nam Phước",
    communes: [
      ["thị trấn", "Nam Phước"],
      ["xã", "Duy Phú"],
      ["xã", "Duy Hải"],
      ["xã", "Duy Nghĩa"],
    ],
  },
  {
    kind: "huyen",
    name: "Quế Sơn",
    seat: "Thị trấn Đông Phú",
    communes: [
      ["thị trấn", "Đông Phú"],
      ["xã", "Quế Xuân 1"],
      ["xã", "Quế Xuân 2"],
      ["xã", "Quế Phú"],
    ],
  },
  {
    kind: "huyen",
    name: "Nông Sơn",
    seat: "Xã Quế Trung",
    communes: [
      ["xã", "Quế Trung"],
      ["xã", "Quế Lộc"],
      ["xã", "Quế Phước"],
      ["xã", "Sơn Viên"],
    ],
  },
  {
    kind: "huyen",
    name: "Thăng Bình",
    seat: "Thị trấn Hà Lam",
    communes: [
      ["thị trấn", "Hà Lam"],
      ["xã", "Bình Dương"],
      ["xã", "Bình Minh"],
      ["xã", "Bình Nguyên"],
    ],
  },
  {
    kind: "huyen",
    name: "Núi Thành",
    seat: "Thị trấn Núi Thành",
    communes: [
      ["thị trấn", "Núi Thành"],
      ["xã", "Tam Hiệp"],
      ["xã", "Tam Nghĩa"],
      ["xã", "Tam Quang"],
    ],
  },
  {
    kind: "huyen",
    name: "Phú Ninh",
    seat: "Thị trấn Phú Thịnh",
    communes: [
      ["thị trấn", "Phú Thịnh"],
      ["xã", "Tam Đàn"],
      ["xã", "Tam Thành"],
      ["xã", "Tam Dân"],
    ],
  },
  {
    kind: "huyen",
    name: "Tiên Phước",
    seat: "Thị trấn Tiên Kỳ",
    communes: [
      ["thị trấn", "Tiên Kỳ"],
      ["xã", "Tiên Cảnh"],
      ["xã", "Tiên Mỹ"],
      ["xã", "Tiên Thọ"],
    ],
  },
  {
    kind: "huyen",
    name: "Bắc Trà My",
    seat: "Thị trấn Trà My",
    communes: [
      ["thị trấn", "Trà My"],
      ["xã", "Trà Sơn"],
      ["xã", "Trà Đông"],
      ["xã", "Trà Giác"],
    ],
  },
  {
    kind: "huyen",
    name: "Nam Trà My",
    seat: "Xã Trà Mai",
    communes: [
      ["xã", "Trà Mai"],
      ["xã", "Trà Tập"],
      ["xã", "Trà Leng"],
      ["xã", "Trà Linh"],
    ],
  },
  {
    kind: "huyen",
    name: "Hiệp Đức",
    seat: "Thị trấn Tân Bình",
    communes: [
      ["thị trấn", "Tân Bình"],
      ["xã", "Quế Thọ"],
      ["xã", "Bình Lâm"],
      ["xã", "Sông Trà"],
    ],
  },
  {
    kind: "huyen",
    name: "Phước Sơn",
    seat: "Thị trấn Khâm Đức",
    communes: [
      ["thị trấn", "Khâm Đức"],
      ["xã", "Phước Đức"],
      ["xã", "Phước Năng"],
      ["xã", "Phước Hiệp"],
    ],
  },
  {
    kind: "huyen",
    name: "Đông Giang",
    seat: "Thị trấn Prao",
    communes: [
      ["thị trấn", "Prao"],
      ["xã", "Sông Kôn"],
      ["xã", "Kà Dăng"],
      ["xã", "Za Hung"],
    ],
  },
  {
    kind: "huyen",
    name: "Tây Giang",
    seat: "Xã A Tiêng",
    communes: [
      ["xã", "A Tiêng"],
      ["xã", "Lăng"],
      ["xã", "Bhalêê"],
      ["xã", "A Vương"],
    ],
  },
  {
    kind: "huyen",
    name: "Nam Giang",
    seat: "Thị trấn Thạnh Mỹ",
    communes: [
      ["thị trấn", "Thạnh Mỹ"],
      ["xã", "Cà Dy"],
      ["xã", "Tà Bhing"],
      ["xã", "La Êê"],
    ],
  },
];

const FIRST_DISTRICT_NUMBER = 22;

const pad2 = (n: number) => String(n).padStart(2, "0");

const DISTRICT_LABELS: Record<DistrictKind, { full: string; short: string; address: string }> = {
  tp: { full: "thành phố", short: "TP", address: "TP" },
  tx: { full: "thị xã", short: "TX", address: "TX" },
  huyen: { full: "huyện", short: "Huyện", address: "huyện" },
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function buildUnits(): UnitSeed[] {
  const units: UnitSeed[] = [
    {
      code: PROVINCE_CODE,
      name: `UBND tỉnh ${PROVINCE_NAME}`,
      shortName: `Tỉnh ${PROVINCE_NAME}`,
      kind: "province",
      tier: "tinh",
      parentCode: null,
      address: "62 Hùng Vương, TP Tam Kỳ, Quảng Nam",
      phone: phoneFor(PROVINCE_CODE),
    },
  ];

  for (const agency of AGENCIES) {
    const code = AGENCY_CODES[agency.key];
    units.push({
      code,
      name: agency.name,
      shortName: agency.shortName,
      kind: "agency",
      tier: "tinh",
      parentCode: PROVINCE_CODE,
      address: agency.address,
      phone: phoneFor(code),
    });
  }

  DISTRICTS.forEach((district, index) => {
    const districtNumber = pad2(FIRST_DISTRICT_NUMBER + index);
    const districtCode = `000.00.${districtNumber}.H47`;
    const label = DISTRICT_LABELS[district.kind];
    const inDistrict = `${label.address} ${district.name}, ${PROVINCE_NAME}`;
    units.push({
      code: districtCode,
      name: `UBND ${label.full} ${district.name}`,
      shortName: `${label.short} ${district.name}`,
      kind: "district",
      tier: "huyen",
      parentCode: PROVINCE_CODE,
      address: `${district.seat}, ${inDistrict}`,
      phone: phoneFor(districtCode),
    });

    district.communes.forEach(([kind, name], communeIndex) => {
      const code = `000.${pad2(communeIndex + 1)}.${districtNumber}.H47`;
      units.push({
        code,
        name: `UBND ${kind} ${name}`,
        shortName: `${capitalize(kind)} ${name}`,
        kind: "commune",
        tier: "xa",
        parentCode: districtCode,
        address: `Trụ sở UBND ${kind} ${name}, ${inDistrict}`,
        phone: phoneFor(code),
      });
    });
  });

  return units;
}

export const UNITS: UnitSeed[] = buildUnits();
