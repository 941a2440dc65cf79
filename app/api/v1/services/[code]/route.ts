import { getDb } from "@/db/client";
import { jsonError, withApiErrors } from "@/lib/api/json";
import { getService } from "@/lib/catalog/get-service";
import { serviceCodeSchema } from "@/lib/catalog/service-schema";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const code = decodeURIComponent((await params).code);
  const notFound = () => jsonError(404, "not_found", `Không tìm thấy thủ tục có mã ${code}`);
  if (!serviceCodeSchema.safeParse(code).success) return notFound();
  return withApiErrors(async () => {
    const service = await getService(await getDb(), code);
    return service ? Response.json(service) : notFound();
  });
}
