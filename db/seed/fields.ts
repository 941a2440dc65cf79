import type { FieldSeed } from "./types";

/** Fields (lĩnh vực) of the catalog, named as provincial catalogs name them. Codes are stable ASCII keys. */
export const FIELDS: FieldSeed[] = [
  // Tư pháp
  { code: "ho-tich", name: "Hộ tịch" },
  { code: "chung-thuc", name: "Chứng thực" },
  { code: "ly-lich-tu-phap", name: "Lý lịch tư pháp" },
  { code: "hoa-giai-co-so", name: "Hòa giải cơ sở" },
  { code: "pho-bien-giao-duc-phap-luat", name: "Phổ biến, giáo dục pháp luật" },
  { code: "nuoi-con-nuoi", name: "Nuôi con nuôi" },
  { code: "bo-tro-tu-phap", name: "Bổ trợ tư pháp" },
  // Công an, quân sự địa phương (không thuộc 21 cơ quan chuyên môn; danh mục do Văn phòng UBND tỉnh công bố)
  { code: "cu-tru", name: "Cư trú" },
  { code: "nghia-vu-quan-su", name: "Nghĩa vụ quân sự" },
  { code: "can-cuoc", name: "Cấp, quản lý căn cước" },
  { code: "dang-ky-xe", name: "Đăng ký, quản lý phương tiện giao thông cơ giới đường bộ" },
  { code: "an-ninh-trat-tu", name: "Quản lý ngành, nghề đầu tư kinh doanh có điều kiện về an ninh, trật tự" },
  { code: "xuat-nhap-canh", name: "Quản lý xuất nhập cảnh" },
  // Tài nguyên và môi trường
  { code: "dat-dai", name: "Đất đai" },
  { code: "moi-truong", name: "Môi trường" },
  { code: "tai-nguyen-nuoc", name: "Tài nguyên nước" },
  { code: "khoang-san", name: "Khoáng sản" },
  { code: "bien-hai-dao", name: "Biển, hải đảo và khí tượng thủy văn" },
  // Xây dựng
  { code: "xay-dung", name: "Hoạt động xây dựng" },
  { code: "nha-o", name: "Nhà ở và kinh doanh bất động sản" },
  { code: "quy-hoach-kien-truc", name: "Quy hoạch xây dựng, kiến trúc" },
  // Kế hoạch và đầu tư
  { code: "doanh-nghiep", name: "Thành lập và hoạt động doanh nghiệp" },
  { code: "ho-kinh-doanh", name: "Thành lập và hoạt động của hộ kinh doanh" },
  { code: "hop-tac-xa", name: "Thành lập và hoạt động của hợp tác xã" },
  { code: "dau-tu", name: "Đầu tư tại Việt Nam" },
  // Lao động - Thương binh và Xã hội
  { code: "bao-tro-xa-hoi", name: "Bảo trợ xã hội" },
  { code: "nguoi-co-cong", name: "Người có công" },
  { code: "lao-dong", name: "Lao động, tiền lương" },
  { code: "viec-lam", name: "Việc làm" },
  { code: "giao-duc-nghe-nghiep", name: "Giáo dục nghề nghiệp" },
  { code: "tre-em", name: "Trẻ em" },
  // Giáo dục, y tế
  { code: "giao-duc", name: "Giáo dục và đào tạo" },
  { code: "y-te", name: "Khám bệnh, chữa bệnh" },
  { code: "duoc-pham", name: "Dược phẩm, mỹ phẩm" },
  { code: "an-toan-thuc-pham", name: "An toàn thực phẩm" },
  // Giao thông
  { code: "giao-thong", name: "Giao thông đường bộ" },
  { code: "duong-thuy", name: "Đường thủy nội địa" },
  // Công Thương
  { code: "thuong-mai", name: "Lưu thông hàng hóa trong nước" },
  { code: "cong-nghiep", name: "Công nghiệp, điện và hóa chất" },
  // Nông nghiệp
  { code: "trong-trot", name: "Trồng trọt và bảo vệ thực vật" },
  { code: "chan-nuoi-thu-y", name: "Chăn nuôi và thú y" },
  { code: "thuy-san", name: "Thủy sản" },
  { code: "lam-nghiep", name: "Lâm nghiệp" },
  { code: "thuy-loi", name: "Thủy lợi và phòng, chống thiên tai" },
  { code: "phat-trien-nong-thon", name: "Phát triển nông thôn và nông thôn mới" },
  // Văn hóa, thông tin, khoa học
  { code: "van-hoa", name: "Văn hóa" },
  { code: "du-lich", name: "Du lịch" },
  { code: "the-thao", name: "Thể dục, thể thao" },
  { code: "thong-tin-truyen-thong", name: "Báo chí, xuất bản, viễn thông và Internet" },
  { code: "khoa-hoc-cong-nghe", name: "Khoa học, công nghệ và tiêu chuẩn đo lường chất lượng" },
  // Nội vụ, tài chính, ngoại vụ, thanh tra, dân tộc
  { code: "ton-giao", name: "Tín ngưỡng, tôn giáo" },
  { code: "thi-dua-khen-thuong", name: "Thi đua, khen thưởng" },
  { code: "to-chuc-hoi", name: "Tổ chức hội, quỹ xã hội, quỹ từ thiện" },
  { code: "cong-chuc", name: "Tổ chức bộ máy, công chức, viên chức và lưu trữ" },
  { code: "tai-chinh", name: "Tài chính, giá và quản lý công sản" },
  { code: "ngoai-vu", name: "Công tác ngoại vụ" },
  { code: "khieu-nai-to-cao", name: "Tiếp công dân, giải quyết khiếu nại, tố cáo" },
  { code: "dan-toc", name: "Công tác dân tộc" },
  { code: "kiem-soat-tthc", name: "Kiểm soát thủ tục hành chính" },
];
