/** The error page's strings, apart from `common`: the error boundaries ship to the browser on every page. */
export const errorPage = {
  title: "Đã có lỗi xảy ra",
  body: "Hệ thống tạm thời không xử lý được yêu cầu. Dữ liệu bạn đã lưu không bị mất. Vui lòng thử lại sau ít phút.",
  retry: "Thử lại",
} as const;
