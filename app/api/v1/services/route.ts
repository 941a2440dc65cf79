import { jsonError, withApiErrors } from "@/lib/api/json";
import { parseCatalogQuery } from "@/lib/catalog/catalog-query";
import { searchServices } from "@/lib/catalog/search-services";
import { withDatabase } from "@/lib/database/with-database";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = parseCatalogQuery(new URL(request.url).searchParams);
  if (!parsed.ok) {
    const names = Object.keys(parsed.errors);
    return jsonError(400, "invalid_parameter", `Tham số không hợp lệ: ${names.join(", ")}`, {
      parameters: parsed.errors,
    });
  }
  return withApiErrors(async () => {
    const page = await withDatabase(searchServices, parsed.query);
    return Response.json({
      ...page,
      items: page.items.map((item) => ({ ...item, url: `/thu-tuc/${encodeURIComponent(item.code)}` })),
    });
  });
}
