/** Texts of the processing-file uploads (lib/storage/receive-dossier-upload.ts) on the citizen's and the officer's dossier pages. */
export const uploadMessages = {
  malformed: "Tệp gửi lên không đầy đủ hoặc sai định dạng, chưa có gì được lưu. Vui lòng quay lại và gửi lại tệp.",
  /** The outcome of a processing-file upload, by the `?tai-len=` value the upload route answers with. */
  outcomes: {
    ok: "Đã tải tệp lên.",
    empty: "Vui lòng chọn một tệp.",
    too_large: "Tệp vượt quá dung lượng cho phép.",
    bad_type: "Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp).",
    not_now: "Hồ sơ đang ở trạng thái không nhận tệp này.",
    proposed: "Đã tải tệp lên và trình lãnh đạo.",
    not_proposed: "Đã tải tệp lên nhưng chưa trình được: hồ sơ vừa thay đổi hoặc không còn ở bước trình. Vui lòng xem lại rồi bấm “Trình dự thảo kết quả”.",
  } as Record<string, string>,
};
