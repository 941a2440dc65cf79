import type { AgencyKey } from "./types";

/**
 * Who handles a procedure by default at each tier: the provincial agency itself, its counterpart office
 * in the district people's committee, and the commune officer in charge of the field.
 */
export interface AgencyBodies {
  /** Performing body at province level. */
  province: string;
  /** Deciding authority at province level. */
  head: string;
  /** The district office (phòng chuyên môn) that handles the field. */
  districtOffice: string;
  /** The commune officer (công chức chuyên môn) that handles the field. */
  communeOfficer: string;
}

const SECRETARIAT = "công chức Văn phòng - Thống kê";
const LAND_OFFICER = "công chức Địa chính - Xây dựng - Đô thị và Môi trường";
const SOCIAL_OFFICER = "công chức Văn hóa - Xã hội";

export const AGENCY_BODIES: Record<AgencyKey, AgencyBodies> = {
  officeUbnd: {
    province: "Văn phòng Ủy ban nhân dân tỉnh Quảng Nam",
    head: "Chánh Văn phòng Ủy ban nhân dân tỉnh",
    districtOffice: "Văn phòng HĐND và UBND",
    communeOfficer: SECRETARIAT,
  },
  home: { province: "Sở Nội vụ tỉnh Quảng Nam", head: "Giám đốc Sở Nội vụ", districtOffice: "Phòng Nội vụ", communeOfficer: SECRETARIAT },
  justice: {
    province: "Sở Tư pháp tỉnh Quảng Nam",
    head: "Giám đốc Sở Tư pháp",
    districtOffice: "Phòng Tư pháp",
    communeOfficer: "công chức Tư pháp - Hộ tịch",
  },
  planning: {
    province: "Sở Kế hoạch và Đầu tư tỉnh Quảng Nam",
    head: "Giám đốc Sở Kế hoạch và Đầu tư",
    districtOffice: "Phòng Tài chính - Kế hoạch",
    communeOfficer: "công chức Tài chính - Kế toán",
  },
  finance: {
    province: "Sở Tài chính tỉnh Quảng Nam",
    head: "Giám đốc Sở Tài chính",
    districtOffice: "Phòng Tài chính - Kế hoạch",
    communeOfficer: "công chức Tài chính - Kế toán",
  },
  industryTrade: {
    province: "Sở Công Thương tỉnh Quảng Nam",
    head: "Giám đốc Sở Công Thương",
    districtOffice: "Phòng Kinh tế hoặc Phòng Kinh tế và Hạ tầng",
    communeOfficer: LAND_OFFICER,
  },
  agriculture: {
    province: "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Nam",
    head: "Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
    districtOffice: "Phòng Nông nghiệp và Phát triển nông thôn hoặc Phòng Kinh tế",
    communeOfficer: LAND_OFFICER,
  },
  transport: {
    province: "Sở Giao thông vận tải tỉnh Quảng Nam",
    head: "Giám đốc Sở Giao thông vận tải",
    districtOffice: "Phòng Kinh tế và Hạ tầng hoặc Phòng Quản lý đô thị",
    communeOfficer: LAND_OFFICER,
  },
  construction: {
    province: "Sở Xây dựng tỉnh Quảng Nam",
    head: "Giám đốc Sở Xây dựng",
    districtOffice: "Phòng Kinh tế và Hạ tầng hoặc Phòng Quản lý đô thị",
    communeOfficer: LAND_OFFICER,
  },
  naturalResources: {
    province: "Sở Tài nguyên và Môi trường tỉnh Quảng Nam",
    head: "Giám đốc Sở Tài nguyên và Môi trường",
    districtOffice: "Phòng Tài nguyên và Môi trường",
    communeOfficer: LAND_OFFICER,
  },
  information: {
    province: "Sở Thông tin và Truyền thông tỉnh Quảng Nam",
    head: "Giám đốc Sở Thông tin và Truyền thông",
    districtOffice: "Phòng Văn hóa và Thông tin",
    communeOfficer: SOCIAL_OFFICER,
  },
  labour: {
    province: "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam",
    head: "Giám đốc Sở Lao động - Thương binh và Xã hội",
    districtOffice: "Phòng Lao động - Thương binh và Xã hội",
    communeOfficer: SOCIAL_OFFICER,
  },
  culture: {
    province: "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam",
    head: "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
    districtOffice: "Phòng Văn hóa và Thông tin",
    communeOfficer: SOCIAL_OFFICER,
  },
  science: {
    province: "Sở Khoa học và Công nghệ tỉnh Quảng Nam",
    head: "Giám đốc Sở Khoa học và Công nghệ",
    districtOffice: "Phòng Kinh tế và Hạ tầng hoặc Phòng Kinh tế",
    communeOfficer: SECRETARIAT,
  },
  education: {
    province: "Sở Giáo dục và Đào tạo tỉnh Quảng Nam",
    head: "Giám đốc Sở Giáo dục và Đào tạo",
    districtOffice: "Phòng Giáo dục và Đào tạo",
    communeOfficer: SOCIAL_OFFICER,
  },
  health: { province: "Sở Y tế tỉnh Quảng Nam", head: "Giám đốc Sở Y tế", districtOffice: "Phòng Y tế", communeOfficer: SOCIAL_OFFICER },
  foreignAffairs: {
    province: "Sở Ngoại vụ tỉnh Quảng Nam",
    head: "Giám đốc Sở Ngoại vụ",
    districtOffice: "Văn phòng HĐND và UBND",
    communeOfficer: SECRETARIAT,
  },
  inspectorate: { province: "Thanh tra tỉnh Quảng Nam", head: "Chánh Thanh tra tỉnh", districtOffice: "Thanh tra", communeOfficer: SECRETARIAT },
  ethnic: {
    province: "Ban Dân tộc tỉnh Quảng Nam",
    head: "Trưởng Ban Dân tộc tỉnh",
    districtOffice: "Phòng Dân tộc",
    communeOfficer: SOCIAL_OFFICER,
  },
  chuLai: {
    province: "Ban Quản lý Khu kinh tế mở Chu Lai",
    head: "Trưởng Ban Quản lý Khu kinh tế mở Chu Lai",
    districtOffice: "Phòng Kinh tế và Hạ tầng",
    communeOfficer: LAND_OFFICER,
  },
  industrialZones: {
    province: "Ban Quản lý các Khu công nghiệp tỉnh Quảng Nam",
    head: "Trưởng Ban Quản lý các Khu công nghiệp tỉnh",
    districtOffice: "Phòng Kinh tế và Hạ tầng",
    communeOfficer: LAND_OFFICER,
  },
};
