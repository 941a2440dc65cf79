import { jsonError, withApiErrors } from "@/lib/api/json";
import { answerStatisticsQuery } from "@/lib/statistics/api-statistics";
import { withDatabase } from "@/lib/database/with-database";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return withApiErrors(async () => {
    const answer = await withDatabase(answerStatisticsQuery, new URL(request.url).searchParams);
    if (!answer.ok) {
      return jsonError(400, "invalid_parameter", `Tham số không hợp lệ: ${Object.keys(answer.errors).join(", ")}`, { parameters: answer.errors });
    }
    const { period, groupBy, groups, total } = answer.report;
    return Response.json({ from: period.from, to: period.to, groupBy, total, groups });
  });
}
