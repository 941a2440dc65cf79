import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_QUERY_LENGTH } from "@/lib/catalog/catalog-query";
import { feedbackPaths } from "./openapi-feedback";
import { submissionPaths } from "./openapi-submission";
import { reportFiguresSchema, statisticsPaths } from "./openapi-statistics";
import { AUDIENCES, CHANNELS, FORM_FIELD_TYPES, LEVELS, MODES, TIME_UNITS } from "@/lib/catalog/service-schema";

const str = { type: "string" } as const;
const int = { type: "integer" } as const;
const named = { type: "object", required: ["code", "name"], properties: { code: str, name: str } } as const;
const error = {
  type: "object",
  required: ["error", "message"],
  properties: { error: str, message: str, parameters: { type: "object", additionalProperties: str } },
} as const;

const queryParam = (name: string, description: string, schema: object) => ({ name, in: "query", required: false, description, schema });

/** The OpenAPI 3.1 description of the public API, served at /api/v1/openapi.json. */
export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Cổng Dịch vụ công tỉnh Quảng Nam – API công khai",
    version: "1.0.0",
    description: "Danh mục thủ tục hành chính (dịch vụ công trực tuyến) cho các hệ thống tích hợp và Cổng DVC quốc gia.",
  },
  servers: [{ url: "/" }],
  paths: {
    "/api/v1/services": {
      get: {
        summary: "Tìm kiếm, lọc danh mục thủ tục",
        operationId: "listServices",
        parameters: [
          queryParam("q", "Từ khóa, không phân biệt dấu và hoa thường, chấp nhận lỗi gõ nhỏ", { type: "string", maxLength: MAX_QUERY_LENGTH }),
          queryParam("agency", "Mã định danh cơ quan, đơn vị (000.NN.NN.H47)", {
            type: "string",
            pattern: "^[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.H[0-9]{2}$",
          }),
          queryParam("field", "Mã lĩnh vực", str),
          queryParam("event", "Mã sự kiện đời sống", str),
          queryParam("level", "Cấp thực hiện", { type: "string", enum: LEVELS }),
          queryParam("mode", "Mức độ dịch vụ công trực tuyến", { type: "string", enum: MODES }),
          queryParam("audience", "Đối tượng thực hiện", { type: "string", enum: ["cong-dan", "doanh-nghiep"] }),
          queryParam("page", "Trang, từ 1", { type: "integer", minimum: 1, default: 1 }),
          queryParam("pageSize", "Số mục mỗi trang", { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE }),
          queryParam("lang", "Ngôn ngữ của từ khóa: en tìm cả tên và mô tả tiếng Anh (nameEn, summaryEn) và xếp chúng trước", {
            type: "string",
            enum: ["vi", "en"],
            default: "vi",
          }),
        ],
        responses: {
          "200": { description: "Một trang kết quả", content: { "application/json": { schema: { $ref: "#/components/schemas/ServicePage" } } } },
          "400": {
            description: "Tham số không hợp lệ (nêu tên tham số)",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
          "503": { description: "Cơ sở dữ liệu không phản hồi", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    },
    "/api/v1/services/{code}": {
      get: {
        summary: "Toàn bộ thông tin một thủ tục, gồm thành phần hồ sơ và biểu mẫu khai",
        operationId: "getService",
        parameters: [{ name: "code", in: "path", required: true, description: "Mã thủ tục, ví dụ 1.001193", schema: str }],
        responses: {
          "200": { description: "Thủ tục", content: { "application/json": { schema: { $ref: "#/components/schemas/Service" } } } },
          "404": { description: "Không có thủ tục với mã này", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    },
    ...submissionPaths,
    ...feedbackPaths,
    ...statisticsPaths,
    "/api/health": {
      get: {
        summary: "Tình trạng hệ thống",
        operationId: "health",
        responses: { "200": { description: "Hoạt động bình thường" }, "503": { description: "Cơ sở dữ liệu không phản hồi" } },
      },
    },
  },
  components: {
    schemas: {
      Error: error,
      ReportFigures: reportFiguresSchema,
      ServiceSummary: {
        type: "object",
        required: ["code", "name", "field", "agency", "level", "mode", "audience", "timeLimitText", "url"],
        properties: {
          code: str,
          name: str,
          nameEn: { type: ["string", "null"] },
          summaryEn: { type: ["string", "null"] },
          field: named,
          agency: named,
          level: { type: "string", enum: LEVELS },
          mode: { type: "string", enum: MODES },
          audience: { type: "string", enum: AUDIENCES },
          timeLimitText: str,
          url: str,
        },
      },
      ServicePage: {
        type: "object",
        required: ["total", "page", "pageSize", "items"],
        properties: { total: int, page: int, pageSize: int, items: { type: "array", items: { $ref: "#/components/schemas/ServiceSummary" } } },
      },
      Service: {
        type: "object",
        properties: {
          code: str,
          name: str,
          nameEn: { type: ["string", "null"] },
          summaryEn: { type: ["string", "null"] },
          version: int,
          updatedAt: { type: "string", format: "date-time" },
          field: named,
          agency: { type: "object", properties: { code: str, name: str, address: str, phone: str } },
          performingBody: str,
          decidingBody: str,
          level: { type: "string", enum: LEVELS },
          mode: { type: "string", enum: MODES },
          audience: { type: "string", enum: AUDIENCES },
          steps: { type: "array", items: str },
          channels: {
            type: "array",
            items: { type: "object", properties: { channel: { type: "string", enum: CHANNELS }, timeLimit: str, fee: str, description: str } },
          },
          documents: {
            type: "array",
            items: {
              type: "object",
              properties: { name: str, originals: int, copies: int, required: { type: "boolean" }, template: { type: ["string", "null"] } },
            },
          },
          setsCount: int,
          timeLimitValue: { type: "number" },
          timeLimitUnit: { type: "string", enum: TIME_UNITS },
          timeLimitText: str,
          fees: { type: "array", items: { type: "object", properties: { name: str, amount: int, description: str } } },
          feeLegalBasis: str,
          result: str,
          legalBasis: { type: "array", items: str },
          conditions: str,
          receivingAddress: str,
          formDefinition: {
            type: "array",
            items: {
              type: "object",
              required: ["name", "label", "type", "required"],
              properties: {
                name: str,
                label: str,
                type: { type: "string", enum: FORM_FIELD_TYPES },
                required: { type: "boolean" },
                options: { type: "array", items: { type: "object", properties: { value: str, label: str } } },
                helpText: str,
                validation: { type: "object" },
              },
            },
          },
          lifeEvents: { type: "array", items: str },
        },
      },
    },
  },
} as const;
