/** Strings about fees (phí, lệ phí): their statuses, the officer's cancel and refund, the citizen's view. */
import type { FeeStatus } from "@/lib/payments/fee-status";

const vnd = (amount: number) => `${amount.toLocaleString("vi-VN")} đồng`;

export const feeMessages = {
  heading: "Phí, lệ phí",
  none: "Hồ sơ chưa có khoản phí, lệ phí nào.",
  statusNames: { waiting: "Chờ thanh toán", paid: "Đã thanh toán", refunded: "Đã hoàn tiền", cancelled: "Đã hủy" } satisfies Record<FeeStatus, string>,
  statusName: (status: FeeStatus) => feeMessages.statusNames[status],
  amount: "Số tiền",
  vnd,
  requestedAt: "Yêu cầu lúc",
  paidAt: "Thanh toán lúc",
  receipt: "Số biên lai",
  cancelledAt: "Hủy lúc",
  cancelReason: "Lý do hủy",
  refundedAt: "Hoàn tiền lúc",
  refundAmount: "Số tiền hoàn",
  refundReason: "Lý do hoàn phí",
  refundReceipt: "Số biên lai hoàn tiền",
  feeLabel: (amount: number, status: FeeStatus) => `Khoản phí ${vnd(amount)} — ${feeMessages.statusName(status)}`,
  // Refusals of the officer's cancel and refund.
  alreadyPaid: "Phí đã được thanh toán nên không thể hủy yêu cầu thu phí. Nếu cần trả lại tiền, hãy dùng chức năng Hoàn phí.",
  alreadyCancelled: "Yêu cầu thu phí này đã được hủy trước đó.",
  alreadyRefunded: (receipt: string | null) => `Khoản phí này đã được hoàn tiền trước đó${receipt ? ` (biên lai ${receipt})` : ""}; không hoàn lần thứ hai.`,
  notPaid: "Chỉ hoàn được khoản phí đã thanh toán.",
  otherGateway: "Khoản phí này được thu qua một cổng thanh toán khác; không hoàn tự động được.",
  refundFailed: "Cổng thanh toán chưa hoàn được tiền. Chưa có gì thay đổi; vui lòng thử lại sau.",
  reasonRequired: "Vui lòng nhập lý do.",
  // Refusal of a second fee request while one still waits.
  alreadyWaiting: "Hồ sơ đang có một khoản phí chờ thanh toán. Hãy hủy yêu cầu thu phí đó trước khi yêu cầu khoản mới.",
  // What the citizen is told (notification and email) and what the history records.
  cancelNotice: (amount: number, reason: string) => `Yêu cầu thu phí ${vnd(amount)} đã được hủy. Lý do: ${reason.trim()}`,
  refundNotice: (amount: number, reason: string) => `Khoản phí ${vnd(amount)} đã được hoàn trả. Lý do: ${reason.trim()}`,
  autoCancelReason: (statusName: string, note?: string) => (note?.trim() ? `Hồ sơ chuyển sang "${statusName}": ${note.trim()}` : `Hồ sơ chuyển sang "${statusName}".`),
  // The gateway's callback for a fee that was cancelled meanwhile: a failed payment is refused; money
  // taken goes back at once.
  callbackCancelled: "Yêu cầu thu phí đã bị hủy; giao dịch không được ghi nhận.",
  autoRefundReason: (cancelReason: string | null) =>
    `Yêu cầu thu phí đã được hủy trước khi thanh toán${cancelReason?.trim() ? ` (lý do hủy: ${cancelReason.trim()})` : ""}; số tiền đã nộp được hoàn tự động.`,
  callbackRefundFailed: "Khoản phí đã bị hủy và cổng thanh toán chưa hoàn được tiền; chưa ghi nhận gì, hãy gửi lại thông báo sau.",
} as const;
