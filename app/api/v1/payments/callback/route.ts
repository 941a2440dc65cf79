import { NextResponse, type NextRequest } from "next/server";
import viFees from "@/messages/vi/fees.json";
import { handlePaymentCallback } from "@/lib/payments/handle-payment-callback";
import { getPaymentProvider } from "@/lib/payments/get-payment-provider";
import { bodyTooLargeJson, readBoundedText } from "@/lib/http/bounded-body";
import { withDatabase } from "@/lib/database/with-database";

export const dynamic = "force-dynamic";

const REJECTIONS = {
  signature: [401, "Chữ ký không hợp lệ."],
  malformed: [400, "Dữ liệu không hợp lệ."],
  "unknown-payment": [404, "Không tìm thấy khoản thanh toán."],
  amount: [400, "Số tiền không khớp với khoản phải nộp."],
  "not-waiting": [409, "Khoản thanh toán không còn chờ thanh toán."],
  // The gateway's operators read Vietnamese: one address, one language for this server-to-server answer.
  cancelled: [409, viFees.callbackCancelled],
  "refund-failed": [502, viFees.callbackRefundFailed],
  "duplicate-reference": [409, "Mã giao dịch này đã được ghi nhận cho một khoản thanh toán khác."],
} as const;

/** A gateway's callback is a few hundred bytes of signed JSON. */
const CALLBACK_MAX_BYTES = 10_000;

/** The gateway's server-to-server callback: anonymous, so bounded before anything; signed, amount-checked, handled once. */
export async function POST(request: NextRequest) {
  const body = await readBoundedText(request, CALLBACK_MAX_BYTES);
  if (!body.ok) return bodyTooLargeJson(CALLBACK_MAX_BYTES);
  const outcome = await withDatabase(handlePaymentCallback, getPaymentProvider(), body.value, request.headers);
  if (outcome.status === "rejected") {
    const [status, error] = REJECTIONS[outcome.reason];
    return NextResponse.json({ error }, { status });
  }
  return NextResponse.json({ status: outcome.status });
}
