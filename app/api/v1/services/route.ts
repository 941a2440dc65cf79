import { getDb } from "@/db/client";
import { jsonError, withApiErrors } from "@/lib/api/json";
import { parseCatalogQuery } from "@/lib/catalog/catalog-query";
import { searchServices } from "@/lib/catalog/search-services";

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
    const page = await searchServices(await getDb(), parsed.query);
    return Response.json({
      ...page,
      items: page.items.map((item) => ({ ...item, url: `/thu-tuc/${encodeURIComponent(item.code)}` })),
    });
  });
}
