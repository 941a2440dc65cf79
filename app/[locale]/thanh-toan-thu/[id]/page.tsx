import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { feeMessages } from "@/lib/messages/fees";
import { payWithTestGatewayAction } from "@/lib/payments/actions/pay-with-test-gateway";
import { getOwnPayment } from "@/lib/payments/pay-with-test-gateway";
import { ownEntry, parseBoundary, uuidSchema } from "@/lib/validation/boundary-schemas";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "Cổng thanh toán thử nghiệm", robots: { index: false } };

const OUTCOMES: Record<string, string> = {
  paid: "Thanh toán thành công. Hồ sơ đã được chuyển lại để tiếp tục xử lý.",
  "already-paid": "Khoản này đã được thanh toán trước đó.",
  refunded: "Yêu cầu thu phí này đã bị hủy trước khi bạn thanh toán; số tiền đã được hoàn lại.",
  "already-refunded": "Yêu cầu thu phí này đã bị hủy trước khi bạn thanh toán; số tiền đã được hoàn lại.",
  "failed-payment": "Giao dịch không thành công. Bạn có thể thử lại.",
  rejected: "Cổng thanh toán từ chối giao dịch.",
};

/** The built-in test gateway's payment page, clearly marked: no real money moves. */
export default async function TestGatewayPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ "ket-qua"?: string }> }) {
  const id = parseBoundary(uuidSchema, (await params).id) ?? notFound();
  const { "ket-qua": outcome } = await searchParams;
  const user = await requireUser(`/thanh-toan-thu/${encodeURIComponent(id)}`);
  const own = await withDatabase(getOwnPayment, id, user.id);
  if (!own) notFound();
  const { payment } = own;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <p className="rounded bg-yellow-100 p-3 font-bold text-yellow-900 ring-1 ring-yellow-300">
        CHẾ ĐỘ THỬ NGHIỆM — không có giao dịch tiền thật nào được thực hiện.
      </p>
      <h1 className="text-2xl font-bold text-brand-900">Cổng thanh toán thử nghiệm</h1>
      <dl className={cardClass("grid grid-cols-[10rem_1fr] gap-y-1")}>
        <dt className="text-slate-600">Hồ sơ</dt>
        <dd className="font-mono">{own.code}</dd>
        <dt className="text-slate-600">Thủ tục</dt>
        <dd>{own.serviceName}</dd>
        <dt className="text-slate-600">Số tiền</dt>
        <dd className="font-semibold">{feeMessages.vnd(payment.amount)}</dd>
        <dt className="text-slate-600">Trạng thái</dt>
        <dd>{feeMessages.statusName(payment.status)}</dd>
      </dl>
      {ownEntry(OUTCOMES, outcome) ? (
        <p role="status" className={cardClass("font-semibold", "compact")}>
          {ownEntry(OUTCOMES, outcome)}
        </p>
      ) : null}
      {payment.status === "waiting" ? (
        <div className="flex flex-wrap gap-3">
          <form action={payWithTestGatewayAction}>
            <input type="hidden" name="paymentId" value={payment.id} />
            <input type="hidden" name="result" value="ok" />
            <SubmitButton>Thanh toán thành công</SubmitButton>
          </form>
          <form action={payWithTestGatewayAction}>
            <input type="hidden" name="paymentId" value={payment.id} />
            <input type="hidden" name="result" value="fail" />
            <SubmitButton variant="secondary">Giả lập thanh toán thất bại</SubmitButton>
          </form>
        </div>
      ) : null}
      <p>
        <Link href={`/ho-so/${encodeURIComponent(own.code)}`}>Về trang hồ sơ</Link>
      </p>
    </div>
  );
}
