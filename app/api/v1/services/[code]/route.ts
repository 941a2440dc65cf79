import { jsonError, withApiErrors } from "@/lib/api/json";
import { getService } from "@/lib/catalog/get-service";
import { parseBoundary, serviceCodeSchema } from "@/lib/validation/boundary-schemas";
import { withDatabase } from "@/lib/database/with-database";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  // A code that cannot exist is not found, like an unknown one (the param is decoded by Next.js already).
  const code = parseBoundary(serviceCodeSchema, (await params).code);
  const notFound = () => jsonError(404, "not_found", code ? `Không tìm thấy thủ tục có mã ${code}` : "Không tìm thấy thủ tục.");
  if (!code) return notFound();
  return withApiErrors(async () => {
    const service = await withDatabase(getService, code);
    return service ? Response.json(service) : notFound();
  });
}
