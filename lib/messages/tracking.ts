import { isDossierChannel, isDossierStatus, type DossierChannel, type DossierStatus } from "@/lib/workflow/statuses";

/** Strings of "Hồ sơ của tôi", the dossier page, the public lookup and the notifications. */

/** Status names (docs/domain.md#statuses). */
export const statusNames: Record<DossierStatus, string> = {
  1: "Mới đăng ký",
  2: "Được tiếp nhận",
  3: "Không được tiếp nhận",
  4: "Đang xử lý",
  5: "Yêu cầu bổ sung giấy tờ",
  6: "Yêu cầu thực hiện nghĩa vụ tài chính",
  7: "Công dân yêu cầu rút hồ sơ",
  8: "Dừng xử lý",
  9: "Đã xử lý xong",
  10: "Đã trả kết quả",
};

export function statusName(status: number): string {
  return isDossierStatus(status) ? statusNames[status] : `Trạng thái ${status}`;
}

/** What the citizen must do now, for the statuses that ask something of them. */
export const statusAdvice: Partial<Record<DossierStatus, string>> = {
  1: "Hồ sơ đang chờ cơ quan tiếp nhận. Bạn chưa cần làm gì thêm.",
  5: "Cơ quan yêu cầu bổ sung giấy tờ: tải lên những giấy tờ được liệt kê bên dưới, rồi bấm gửi bổ sung.",
  6: "Cơ quan yêu cầu thực hiện nghĩa vụ tài chính (phí, lệ phí): xem ghi chú và nộp theo hướng dẫn.",
  9: "Hồ sơ đã có kết quả: xem mục Kết quả giải quyết.",
};

/** The one wording of the channels, on every page, CSV and PDF. */
export const channelNames: Record<DossierChannel, string> = { 1: "Trực tiếp", 2: "Trực tuyến", 3: "Bưu chính công ích" };

export function channelName(channel: number): string {
  return isDossierChannel(channel) ? channelNames[channel] : String(channel);
}

export const tracking = {
  myDossiers: {
    title: "Hồ sơ của tôi",
    intro: "Hồ sơ đã nộp của bạn, mới nhất ở trên; hồ sơ đang soạn dở ở mục cuối trang.",
    draftsHeading: "Hồ sơ đang soạn",
    draftsEmpty: "Bạn không có hồ sơ nào đang soạn.",
    draftsPurgeNote: "Hồ sơ đang soạn không được cập nhật trong 30 ngày sẽ tự động bị xóa.",
    draftStep: (step: number) => `Đã đến bước ${step}/4`,
    updatedAt: "Cập nhật lúc",
    continue: "Tiếp tục",
    delete: "Xóa",
    deleteLabel: (service: string) => `Xóa hồ sơ đang soạn: ${service}`,
    deleteQuestion: (service: string) => `Xóa hồ sơ đang soạn "${service}" cùng mọi tệp đã tải lên? Không thể khôi phục sau khi xóa.`,
    deleteConfirm: "Xóa hẳn",
    deleteConfirmLabel: (service: string) => `Xóa hẳn hồ sơ đang soạn: ${service}`,
    deleteCancel: "Không xóa",
    deleted: "Đã xóa hồ sơ đang soạn.",
    deleteFailed: "Không tìm thấy hồ sơ đang soạn này (có thể đã bị xóa).",
    submittedHeading: "Hồ sơ đã nộp",
    submittedEmpty: "Không có hồ sơ nào.",
    filterLabel: "Lọc theo trạng thái",
    allStatuses: "Tất cả trạng thái",
    filterButton: "Lọc",
    code: "Mã hồ sơ",
    service: "Thủ tục",
    submittedAt: "Ngày nộp",
    dueAt: "Hẹn trả kết quả",
    endedAt: "Kết thúc lúc",
    status: "Trạng thái",
    count: (n: number) => `${n} hồ sơ`,
    previous: "Trang trước",
    next: "Trang sau",
  },
  detail: {
    titlePrefix: "Hồ sơ",
    status: "Trạng thái hiện tại",
    whatNow: "Việc bạn cần làm",
    service: "Thủ tục",
    unit: "Cơ quan tiếp nhận",
    channel: "Hình thức nộp",
    submittedAt: "Ngày nộp",
    receiptDeadline: "Hạn tiếp nhận",
    dueAt: "Ngày hẹn trả kết quả",
    newAppointment: "Ngày hẹn trả kết quả mới (theo phiếu xin lỗi)",
    overdue: "Hồ sơ đã quá hạn giải quyết. Cơ quan sẽ gửi phiếu xin lỗi và hẹn lại ngày trả kết quả.",
    notices: "Phiếu, thông báo (PDF)",
    noticeLabels: {
      "request-supplement": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)",
      refuse: "Phiếu từ chối tiếp nhận hồ sơ (Mẫu 03)",
      "record-apology": "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)",
    },
    /** The applicant's timeline names each public step in plain words, never by an officer's note. */
    timelineActions: {
      submit: "Đã nộp hồ sơ",
      "register-counter": "Hồ sơ được tiếp nhận tại Bộ phận Một cửa",
      receive: "Hồ sơ đã được tiếp nhận",
      refuse: "Hồ sơ không được tiếp nhận",
      assign: "Hồ sơ đang được chuyên viên thẩm định",
      "request-supplement": "Cơ quan yêu cầu bổ sung giấy tờ",
      supplement: "Đã gửi giấy tờ bổ sung",
      "request-payment": "Cơ quan yêu cầu nộp phí, lệ phí",
      "confirm-payment": "Đã nộp phí, lệ phí",
      "cancel-payment": "Cơ quan hủy yêu cầu thu phí",
      "refund-payment": "Đã hoàn phí",
      "refund-cancelled-payment": "Đã hoàn tiền khoản phí đã hủy",
      stop: "Cơ quan dừng xử lý hồ sơ",
      "mark-processed": "Đã có kết quả",
      "return-result": "Đã trả kết quả",
      withdraw: "Đã rút hồ sơ",
      "request-withdrawal": "Yêu cầu rút hồ sơ",
      "confirm-withdrawal": "Hồ sơ đã được rút theo yêu cầu",
      "record-apology": "Xin lỗi và hẹn lại ngày trả kết quả",
    } as Record<string, string>,
    completedAt: "Ngày hoàn thành",
    applicant: "Người nộp",
    applicantId: "Số giấy tờ của người nộp",
    timeline: "Quá trình xử lý",
    timelineTime: "Thời gian",
    timelineStatus: "Trạng thái",
    timelineActor: "Người/đơn vị thực hiện",
    timelineNote: "Ghi chú",
    documents: "Giấy tờ đã nộp",
    documentsIntro: "Giấy tờ bạn đã nộp cùng hồ sơ và khi bổ sung.",
    result: {
      heading: "Kết quả giải quyết",
      number: "Số văn bản",
      signer: "Người ký",
      signedOn: "Ngày ký",
      issuer: "Cơ quan ban hành",
      file: "Tệp kết quả",
      download: (name: string) => `Tải về kết quả: ${name}`,
      /** Partial service: the result is collected in person. */
      collect: (unit: string, at: string) => `Mời bạn nhận bản chính kết quả tại Bộ phận Một cửa của ${unit}, từ ${at}, trong giờ làm việc; mang theo giấy tờ tùy thân.`,
      collected: (at: string) => `Bạn đã nhận kết quả tại Bộ phận Một cửa lúc ${at}.`,
      electronic: "Kết quả điện tử có giá trị như bản giấy; bạn tải về và sử dụng.",
      lookupFile: "Tệp kết quả chỉ tải được ở trang Hồ sơ của tôi, sau khi đăng nhập bằng tài khoản đã nộp hồ sơ.",
    },
    closed: {
      heading: "Hồ sơ đã kết thúc",
      refused: (at: string) => `Hồ sơ không được tiếp nhận lúc ${at}.`,
      stopped: (at: string) => `Cơ quan đã dừng xử lý hồ sơ lúc ${at}.`,
      withdrawn: (at: string) => `Hồ sơ đã được rút theo yêu cầu của bạn lúc ${at}.`,
      reason: "Lý do",
      noResult: "Hồ sơ không còn được giải quyết và sẽ không có kết quả. Nếu cần, bạn có thể nộp hồ sơ mới.",
      refusalNotice: "Xem Phiếu từ chối tiếp nhận hồ sơ (Mẫu 03, PDF)",
    },
    supplementHeading: "Giấy tờ cần bổ sung",
    supplementIntro: "Cơ quan yêu cầu bổ sung, hoàn thiện những nội dung sau (chỉ yêu cầu một lần):",
    noDocuments: "Hồ sơ không có tệp đính kèm.",
    download: (name: string) => `Tải về ${name}`,
    receiptSlip: "Phiếu tiếp nhận hồ sơ (PDF)",
    back: "Quay lại Hồ sơ của tôi",
    actions: "Thao tác với hồ sơ",
    actionSent: "Đã gửi thành công.",
    rated: "Cảm ơn bạn đã đánh giá mức độ hài lòng.",
    access: "Cơ quan đã mở hồ sơ",
    noAccess: "Chưa có cán bộ nào mở hồ sơ.",
    accessTimes: (count: number) => (count > 1 ? ` (${count} lần)` : ""),
    actorKinds: { citizen: "Công dân", officer: "Cán bộ", system: "Hệ thống" } as Record<string, string>,
  },
  citizenAction: {
    checkInput: "Vui lòng kiểm tra lại thông tin.",
    failed: "Không thực hiện được thao tác. Vui lòng thử lại.",
    rateAllCriteria: "Vui lòng chấm đủ các tiêu chí.",
  },
  lookup: {
    title: "Tra cứu hồ sơ",
    intro: "Nhập mã hồ sơ và số giấy tờ của người nộp (CCCD, mã số thuế hoặc hộ chiếu) để xem tình trạng giải quyết. Không cần đăng nhập.",
    code: "Mã hồ sơ",
    codeHint: "Ví dụ: 000.00.00.H00-260101-0001 (in trên phiếu tiếp nhận).",
    idNumber: "Số giấy tờ của người nộp",
    idNumberHint: "Số CCCD (12 chữ số), mã số thuế hoặc số hộ chiếu đã khai khi nộp hồ sơ.",
    submit: "Tra cứu",
    notFound: "Không tìm thấy hồ sơ khớp với mã hồ sơ và số giấy tờ đã nhập. Hãy kiểm tra lại cả hai.",
    rateLimited: (seconds: number) => `Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau ${seconds} giây.`,
    unavailable: "Hệ thống tạm thời không tra cứu được, vui lòng thử lại sau.",
    resultHeading: "Kết quả tra cứu",
    codeRequired: "Vui lòng nhập mã hồ sơ.",
    codeInvalid: "Mã hồ sơ chỉ gồm chữ, số, dấu chấm và dấu gạch ngang (tối đa 40 ký tự).",
    idRequired: "Vui lòng nhập số giấy tờ.",
    idInvalid: "Số giấy tờ chỉ gồm chữ và số (hộ chiếu), hoặc 10 chữ số + \"-\" + 3 chữ số (mã số thuế chi nhánh); 6–20 ký tự.",
  },
  notifications: {
    title: "Thông báo",
    empty: "Bạn chưa có thông báo nào.",
    unread: "Chưa đọc",
    markRead: "Đánh dấu đã đọc",
    markAllRead: "Đánh dấu tất cả đã đọc",
    open: "Xem hồ sơ",
    unreadCount: (n: number) => (n === 0 ? "Không có thông báo chưa đọc." : `${n} thông báo chưa đọc.`),
  },
  statusChange: {
    emailSubject: (code: string, status: string) => `Hồ sơ ${code}: ${status}`,
    emailBody: (p: { name: string; code: string; service: string; status: string; note: string; at: string; link: string }) =>
      [
        `Kính gửi ${p.name},`,
        "",
        `Hồ sơ ${p.code} (${p.service}) đã chuyển sang trạng thái: ${p.status} lúc ${p.at}.`,
        p.note ? `Ghi chú: ${p.note}` : "",
        "",
        `Xem chi tiết: ${p.link}`,
        "",
        "Đây là thư tự động của Cổng Dịch vụ công tỉnh Quảng Nam, vui lòng không trả lời thư này.",
      ]
        .filter((line, i, all) => line !== "" || all[i - 1] !== "")
        .join("\n"),
    notificationTitle: (code: string, status: string) => `Hồ sơ ${code}: ${status}`,
    /** Status 9 is announced as the result it brings, with its number. */
    resultStatus: (number: string) => `Đã có kết quả (số ${number})`,
    resultNote: (p: { number: string; signer: string; signedOn: string; unit: string }) =>
      `Kết quả giải quyết: văn bản số ${p.number} do ${p.signer} ký ngày ${p.signedOn}, ${p.unit} ban hành. Xem và nhận kết quả tại mục Kết quả giải quyết của hồ sơ.`,
    apologyNote: (reason: string, newAppointment: string) =>
      `Hồ sơ chưa được giải quyết đúng hạn${reason.trim() ? ` (${reason.trim()})` : ""}. Cơ quan xin lỗi và hẹn trả kết quả vào lúc ${newAppointment}.`,
    notificationBody: (service: string, note: string) => (note ? `${service}. ${note}` : service),
  },
  outbox: {
    title: "Hộp thư (phát triển)",
    intro: "Thư điện tử trong hàng đợi gửi đi (email_outbox). Khi chưa cấu hình SMTP_URL, thư nằm ở đây thay vì được gửi.",
    empty: "Hộp thư trống.",
    to: "Người nhận",
    subject: "Tiêu đề",
    kind: "Loại",
    createdAt: "Tạo lúc",
    state: "Tình trạng",
    sent: (at: string) => `Đã gửi ${at}`,
    pending: (attempts: number) => (attempts === 0 ? "Chờ gửi" : `Chờ gửi lại (đã thử ${attempts} lần)`),
  },
} as const;
