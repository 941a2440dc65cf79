import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getService } from "@/lib/catalog/get-service";

export const metadata: Metadata = { title: "Nộp hồ sơ trực tuyến", robots: { index: false } };

/** Until online submission opens (issue 3), say so plainly and tell the citizen where to file now. */
export default async function SubmitPlaceholderPage({ params }: { params: Promise<{ code: string }> }) {
  const service = await getService(await getDb(), decodeURIComponent((await params).code));
  if (!service) notFound();
  return (
    <section className="mx-auto grid max-w-2xl gap-4">
      <h1 className="text-2xl font-bold">Nộp hồ sơ trực tuyến: {service.name}</h1>
      <p role="status" className="rounded border-l-4 border-amber-600 bg-amber-50 p-4">
        Chức năng nộp hồ sơ trực tuyến trên cổng đang được hoàn thiện và chưa nhận hồ sơ.
      </p>
      <p>
        Trong thời gian này, bạn có thể nộp hồ sơ tại: <strong>{service.receivingAddress}</strong>.
      </p>
      <p>
        <Link href={`/thu-tuc/${encodeURIComponent(service.code)}`}>Quay lại thông tin thủ tục</Link>
      </p>
    </section>
  );
}
