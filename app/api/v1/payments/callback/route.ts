import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { feeMessages } from "@/lib/messages/fees";
import { handlePaymentCallback } from "@/lib/payments/handle-payment-callback";
import { getPaymentProvider } from "@/lib/payments/get-payment-provider";

export const dynamic = "force-dynamic";

const REJECTIONS = {
  signature: [401, "Chữ ký không hợp lệ."],
  malformed: [400, "Dữ liệu không hợp lệ."],
  "unknown-payment": [404, "Không tìm thấy khoản thanh toán."],
  amount: [400, "Số tiền không khớp với khoản phải nộp."],
  "not-waiting": [409, "Khoản thanh toán không còn chờ thanh toán."],
  cancelled: [409, feeMessages.callbackCancelled],
  "refund-failed": [502, feeMessages.callbackRefundFailed],
} as const;

/** The gateway's server-to-server callback: signed, amount-checked, handled once. */
export async function POST(request: NextRequest) {
  const body = await request.text();
  if (body.length > 10_000) return NextResponse.json({ error: "Dữ liệu quá lớn." }, { status: 413 });
  const outcome = await handlePaymentCallback(await getDb(), getPaymentProvider(), body, request.headers);
  if (outcome.status === "rejected") {
    const [status, error] = REJECTIONS[outcome.reason];
    return NextResponse.json({ error }, { status });
  }
  return NextResponse.json({ status: outcome.status });
}
