/** Strings of the officers' second-factor step (/dang-nhap/xac-thuc). */
export const secondFactorMessages = {
  title: "Xác thực hai lớp",
  intro: "Nhập mã 6 chữ số trong ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…).",
  setupIntro: "Lần đăng nhập đầu tiên: quét mã QR bằng ứng dụng xác thực, hoặc nhập khóa bí mật bên dưới, rồi nhập mã 6 chữ số.",
  secret: "Khóa bí mật",
  qrAlt: "Mã QR để thêm tài khoản vào ứng dụng xác thực",
  code: "Mã xác thực",
  submit: "Xác nhận",
  wrong: "Mã không đúng hoặc đã hết hạn. Vui lòng nhập mã mới.",
  reused: "Mã này đã được dùng. Vui lòng chờ mã mới trong ứng dụng xác thực rồi nhập lại.",
  locked: "Bạn đã nhập sai mã quá nhiều lần. Bước xác thực hai lớp của tài khoản tạm khóa 15 phút.",
} as const;
