import type { LifeEventSeed } from "./types";

/** Life events (sự kiện đời sống) that group services the way a citizen thinks about them. */
export const LIFE_EVENTS: LifeEventSeed[] = [
  {
    code: "khai-sinh",
    name: "Khai sinh",
    description: "Đăng ký khai sinh cho trẻ mới sinh, kèm đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi.",
  },
  { code: "ket-hon", name: "Kết hôn", description: "Xác nhận tình trạng hôn nhân và đăng ký kết hôn, kể cả kết hôn với người nước ngoài." },
  {
    code: "thanh-lap-doanh-nghiep",
    name: "Thành lập doanh nghiệp",
    description: "Đăng ký doanh nghiệp, đăng ký đầu tư và các giấy phép cần có để bắt đầu hoạt động kinh doanh.",
  },
  { code: "xay-nha", name: "Xây nhà", description: "Chuyển mục đích sử dụng đất, xin giấy phép xây dựng và hoàn công khi xây dựng, sửa chữa nhà ở." },
  {
    code: "mua-ban-nha-dat",
    name: "Mua bán, chuyển nhượng nhà đất",
    description: "Chứng thực hợp đồng, đăng ký biến động và cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở.",
  },
  { code: "khai-tu", name: "Khai tử", description: "Đăng ký khai tử, xóa đăng ký thường trú và hưởng chế độ mai táng phí cho người thân đã mất." },
  {
    code: "cu-tru",
    name: "Chuyển nơi cư trú",
    description: "Đăng ký thường trú, tạm trú, tách hộ và điều chỉnh thông tin cư trú khi chuyển đến nơi ở mới.",
  },
  {
    code: "viec-lam",
    name: "Tìm việc làm, lao động",
    description: "Hưởng trợ cấp thất nghiệp, học nghề, giấy phép lao động và các thủ tục về hợp đồng, tiền lương.",
  },
  {
    code: "kinh-doanh-ho-gia-dinh",
    name: "Mở hộ kinh doanh",
    description: "Đăng ký hộ kinh doanh và các giấy phép, giấy chứng nhận đủ điều kiện cho cửa hàng, quán ăn nhỏ.",
  },
  {
    code: "tro-giup-xa-hoi",
    name: "Trợ giúp xã hội",
    description: "Trợ cấp xã hội hằng tháng, hỗ trợ hộ nghèo, người khuyết tật, người cao tuổi và trẻ em có hoàn cảnh đặc biệt.",
  },
];
