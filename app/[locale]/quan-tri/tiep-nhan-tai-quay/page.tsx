import type { Metadata } from "next";
import { CounterForm } from "@/components/officer/counter-form";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { getSubmissionService } from "@/lib/dossiers/get-submission-service";
import { resolveReceivingUnit } from "@/lib/dossiers/receiving-units";
import { firstValue, parseBoundary, serviceCodeSchema } from "@/lib/validation/boundary-schemas";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

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
      <form method="get" className={cardClass("flex flex-col gap-2 sm:flex-row sm:items-end")}>
        <TextField
          id="thu-tuc"
          name="thu-tuc"
          label="Mã thủ tục"
          defaultValue={code}
          placeholder="Ví dụ: 1.001193"
          error={code && !accepted ? (service ? "Đơn vị của bạn không tiếp nhận thủ tục này." : "Không tìm thấy thủ tục với mã này.") : undefined}
          fieldClassName="flex-1"
        />
        <button type="submit" className={buttonClass("primary")}>
          Chọn thủ tục
        </button>
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
