import type { Metadata } from "next";
import { CounterForm } from "@/components/officer/counter-form";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { getSubmissionService } from "@/lib/dossiers/get-submission-service";
import { resolveReceivingUnit } from "@/lib/dossiers/receiving-units";
import { firstValue, parseBoundary, serviceCodeSchema } from "@/lib/validation/boundary-schemas";
import { withDatabase } from "@/lib/database/with-database";

export const metadata: Metadata = { title: "Tiếp nhận hồ sơ tại quầy", robots: { index: false } };

export default async function CounterIntakePage({ searchParams }: { searchParams: Promise<{ "thu-tuc"?: string | string[] }> }) {
  const officer = await requireOfficerPermission("register-counter-dossier", "/quan-tri/tiep-nhan-tai-quay");
  // What was typed goes back into the box; only a well-formed code is looked up.
  const code = (firstValue((await searchParams)["thu-tuc"]) ?? "").replaceAll("\0", "").trim().slice(0, 60);
  const serviceCode = parseBoundary(serviceCodeSchema, code);
  const service = serviceCode ? await withDatabase(getSubmissionService, { code: serviceCode }) : null;
  const unit = service ? await withDatabase(resolveReceivingUnit, service, { id: officer.unitId }) : null;
  const accepted = service && unit?.id === officer.unitId;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">Tiếp nhận hồ sơ tại quầy</h1>
      <p>Đăng ký hồ sơ nộp trực tiếp hoặc qua bưu chính: hồ sơ được cấp mã, tính hạn và in phiếu tiếp nhận như hồ sơ trực tuyến.</p>
      <form method="get" className="flex flex-col gap-2 rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor="thu-tuc" className="font-semibold">
            Mã thủ tục
          </label>
          <input
            id="thu-tuc"
            name="thu-tuc"
            defaultValue={code}
            placeholder="Ví dụ: 1.001193"
            aria-describedby={code && !accepted ? "thu-tuc-loi" : undefined}
            className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
          />
          {code && !accepted ? (
            <p id="thu-tuc-loi" className="mt-1 text-sm font-semibold text-accent-700">
              {service ? "Đơn vị của bạn không tiếp nhận thủ tục này." : "Không tìm thấy thủ tục với mã này."}
            </p>
          ) : null}
        </div>
        <button className="rounded bg-brand-700 px-5 py-2 font-semibold text-white">Chọn thủ tục</button>
      </form>
      {service && accepted ? (
        <>
          <h2 className="text-xl font-semibold">{service.name}</h2>
          <CounterForm serviceCode={service.code} definition={service.formDefinition} />
        </>
      ) : null}
    </div>
  );
}
