import { COUNT_FIGURES } from "@/lib/statistics/figures";
import { GROUP_BYS, TIERS } from "@/lib/statistics/report-scope";
import { ALL_CHANNELS } from "@/lib/workflow/statuses";

const str = { type: "string" } as const;
const int = { type: "integer" } as const;
const rate = { type: ["number", "null"], description: "0–1; null khi chưa có hồ sơ giải quyết" } as const;
const param = (name: string, description: string, schema: object, required = false) => ({ name, in: "query", required, description, schema });
const code = { type: "string", pattern: "^[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.H[0-9]{2}$" } as const;

/** GET /api/v1/statistics in the OpenAPI description (definitions: docs/statistics.md). */
export const statisticsPaths = {
  "/api/v1/statistics": {
    get: {
      summary: "Báo cáo tình hình giải quyết hồ sơ (tiếp nhận, tồn, đã giải quyết trước/đúng/quá hạn, đang giải quyết) cho một kỳ và phạm vi",
      operationId: "getStatistics",
      parameters: [
        param("from", "Ngày đầu kỳ (YYYY-MM-DD, giờ Việt Nam)", { type: "string", format: "date" }, true),
        param("to", "Ngày cuối kỳ, tính cả ngày này", { type: "string", format: "date" }, true),
        param("tier", "Cấp hành chính", { type: "string", enum: TIERS }),
        param("agency", "Mã cơ quan: đơn vị đó và các đơn vị trực thuộc (huyện và các xã)", code),
        param("unit", "Mã đơn vị: chỉ đơn vị đó", code),
        param("service", "Mã thủ tục", str),
        param("field", "Mã lĩnh vực", str),
        param("channel", "Kênh tiếp nhận: 1 trực tiếp, 2 trực tuyến, 3 bưu chính", { type: "integer", enum: ALL_CHANNELS }),
        param("groupBy", "Nhóm kết quả theo", { type: "string", enum: GROUP_BYS, default: "none" }),
      ],
      responses: {
        "200": {
          description: "Báo cáo",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["from", "to", "groupBy", "total", "groups"],
                properties: {
                  from: str,
                  to: str,
                  groupBy: { type: "string", enum: GROUP_BYS },
                  total: { $ref: "#/components/schemas/ReportFigures" },
                  groups: {
                    type: "array",
                    items: {
                      type: "object",
                      required: ["key", "label", "figures"],
                      properties: { key: str, label: str, figures: { $ref: "#/components/schemas/ReportFigures" } },
                    },
                  },
                },
              },
            },
          },
        },
        "400": {
          description: "Tham số không hợp lệ (nêu tên tham số)",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
        "503": { description: "Cơ sở dữ liệu không phản hồi", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
      },
    },
  },
};

export const reportFiguresSchema = {
  type: "object",
  required: [...COUNT_FIGURES, "onTimeRate", "onlineRate"],
  properties: { ...Object.fromEntries(COUNT_FIGURES.map((n) => [n, int])), onTimeRate: rate, onlineRate: rate },
};
