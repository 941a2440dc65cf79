/** Strings of sign-in, registration and the account pages. */
export const accountMessages = {
  signIn: {
    title: "Đăng nhập",
    intro: "Đăng nhập bằng thư điện tử, số CCCD hoặc mã số thuế và mật khẩu.",
    identifier: "Thư điện tử, số CCCD hoặc mã số thuế",
    password: "Mật khẩu",
    submit: "Đăng nhập",
    invalid: "Thông tin đăng nhập không đúng. Vui lòng kiểm tra lại.",
    locked: "Tài khoản hoặc địa chỉ này tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.",
    required: "Vui lòng nhập thông tin này",
    register: "Chưa có tài khoản? Đăng ký",
    forgot: "Quên mật khẩu?",
    oidc: (name: string) => `Đăng nhập bằng ${name}`,
    oidcFailed: "Không đăng nhập được bằng tài khoản định danh. Vui lòng thử lại hoặc dùng mật khẩu.",
    or: "hoặc",
  },
  secondFactor: {
    title: "Xác thực hai lớp",
    intro: "Nhập mã 6 chữ số trong ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…).",
    setupIntro: "Lần đăng nhập đầu tiên: quét mã QR bằng ứng dụng xác thực, hoặc nhập khóa bí mật bên dưới, rồi nhập mã 6 chữ số.",
    secret: "Khóa bí mật",
    qrAlt: "Mã QR để thêm tài khoản vào ứng dụng xác thực",
    code: "Mã xác thực",
    submit: "Xác nhận",
    invalid: "Mã không đúng hoặc đã hết hạn. Vui lòng nhập mã mới.",
  },
  signOut: { title: "Đăng xuất", intro: "Bạn muốn đăng xuất khỏi Cổng Dịch vụ công?", submit: "Đăng xuất" },
} as const;
