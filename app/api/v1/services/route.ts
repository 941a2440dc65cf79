import { jsonError, withApiErrors } from "@/lib/api/json";
import { parseCatalogQuery, parseSearchLanguage } from "@/lib/catalog/catalog-query";
import { queryErrorTexts } from "@/lib/catalog/query-error-texts";
import { searchServices } from "@/lib/catalog/search-services";
import { withDatabase } from "@/lib/database/with-database";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const parsed = parseCatalogQuery(params);
  const language = parseSearchLanguage(params.get("lang"));
  if (!parsed.ok || !language) {
    const errors = { ...(parsed.ok ? {} : parsed.errors), ...(language ? {} : { lang: "validation.catalog.langInvalid" }) };
    return jsonError(400, "invalid_parameter", `Tham số không hợp lệ: ${Object.keys(errors).join(", ")}`, {
      parameters: queryErrorTexts(errors, "vi"),
    });
  }
  return withApiErrors(async () => {
    const page = await withDatabase(searchServices, parsed.query, language);
    return Response.json({
      ...page,
      items: page.items.map((item) => ({ ...item, url: `/thu-tuc/${encodeURIComponent(item.code)}` })),
    });
  });
}
