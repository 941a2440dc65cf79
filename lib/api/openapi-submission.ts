/** OpenAPI description of the online submission endpoints, merged into openapi.ts. */
const str = { type: "string" } as const;
const errorRef = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } as const;
const person = {
  type: "object",
  properties: { fullName: str, idNumber: str, dateOfBirth: { type: "string", format: "date" }, phone: str, email: str, address: str },
} as const;
const dossier = {
  type: "object",
  properties: {
    id: { type: "string", format: "uuid" },
    code: { type: "string", example: "000.01.22.H47-261130-0001" },
    status: { type: "integer", example: 1 },
    serviceCode: str,
    serviceName: str,
    mode: { type: "string", enum: ["toan-trinh", "mot-phan"] },
    unit: { type: "object", properties: { code: str, name: str } },
    submittedAt: { type: "string", format: "date-time" },
    receiptDeadline: { type: "string", format: "date-time" },
    dueAt: { type: "string", format: "date-time" },
    url: str,
    receiptSlipUrl: str,
  },
} as const;

export const submissionPaths = {
  "/api/v1/dossiers": {
    post: {
      summary: "Nộp hồ sơ trực tuyến một lần (không kèm tệp), cần phiên đăng nhập",
      description:
        "Thành phần hồ sơ bắt buộc được ghi nhận là chưa nộp (missingDocuments trong lịch sử) và được yêu cầu khi tiếp nhận. " +
        "Gửi lại cùng Idempotency-Key trả về đúng hồ sơ đã tạo (200).",
      operationId: "submitDossier",
      parameters: [{ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", format: "uuid" } }],
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["serviceCode"],
              properties: {
                serviceCode: { type: "string", example: "1.001193" },
                receivingUnitCode: { type: "string", description: "Bắt buộc với thủ tục cấp huyện, cấp xã", example: "000.01.22.H47" },
                applicant: {
                  ...person,
                  properties: { ...person.properties, onBehalfOf: { ...person, properties: { ...person.properties, relationship: str } } },
                },
                formData: { type: "object", additionalProperties: true },
              },
            },
          },
        },
      },
      responses: {
        "201": { description: "Hồ sơ mới", content: { "application/json": { schema: dossier } } },
        "200": { description: "Hồ sơ đã tạo trước đó với cùng Idempotency-Key", content: { "application/json": { schema: dossier } } },
        "400": { description: "Dữ liệu không hợp lệ (fields: thông báo theo từng trường)", content: errorRef },
        "401": { description: "Chưa đăng nhập", content: errorRef },
        "403": {
          description:
            "Yêu cầu không gửi từ chính Cổng (Origin / Sec-Fetch-Site khác); tài khoản cán bộ; hoặc thủ tục không dành cho loại tài khoản này (công dân / doanh nghiệp)",
          content: errorRef,
        },
        "409": { description: "Idempotency-Key đã được dùng cho yêu cầu khác", content: errorRef },
        "413": { description: "Nội dung quá 256 KB", content: errorRef },
        "415": { description: "Content-Type không phải application/json", content: errorRef },
      },
    },
  },
} as const;
