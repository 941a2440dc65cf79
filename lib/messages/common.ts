import { errorPage } from "./error-page";

/** Strings shared by every page. One module per area, so a second language is a set of new modules. */
export const common = {
  portalName: "Cổng Dịch vụ công",
  provinceName: "tỉnh Quảng Nam",
  portalTagline: "Cổng Dịch vụ công tỉnh Quảng Nam",
  ownerName: "Ủy ban nhân dân tỉnh Quảng Nam",
  skipToContent: "Bỏ qua, đến nội dung chính",
  nav: {
    home: "Trang chủ",
    catalog: "Thủ tục hành chính",
    agencies: "Cơ quan, đơn vị",
    lookup: "Tra cứu hồ sơ",
  },
  navLabel: "Điều hướng chính",
  footer: {
    address: "Trung tâm Phục vụ hành chính công tỉnh Quảng Nam, số 02 Trần Phú, TP Tam Kỳ, Quảng Nam",
    hotline: "Tổng đài Dịch vụ công: 1022",
    email: "Thư điện tử: dichvucong@quangnam.gov.vn",
    sampleData: "Danh mục thủ tục trên bản thử nghiệm này là dữ liệu mẫu mô phỏng thủ tục thật.",
  },
  notFound: {
    title: "Không tìm thấy trang",
    body: "Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Hãy kiểm tra lại địa chỉ, hoặc tìm thủ tục cần làm.",
    home: "Về trang chủ",
    search: "Tìm thủ tục",
  },
  error: errorPage,
} as const;
