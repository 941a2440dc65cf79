/** OpenAPI description of the feedback endpoint (docs/feedback.md), merged into openapi.ts. */
const str = { type: "string" } as const;
const errorRef = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } as const;

export const feedbackPaths = {
  "/api/v1/feedback": {
    post: {
      summary: "Gửi phản ánh, kiến nghị hoặc câu hỏi (có hoặc không đăng nhập)",
      description:
        "Trả về mã PAKN-yyMMdd-NNNN để tra cứu cùng số điện thoại. Không đăng nhập: giới hạn số lần gửi mỗi giờ theo địa chỉ; " +
        "cùng nội dung từ cùng số điện thoại gửi lại trong vài phút bị từ chối (409). Chỉ nhận yêu cầu từ chính cổng (same-origin).",
      operationId: "submitFeedback",
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["kind", "subject", "content", "senderName", "senderPhone"],
              properties: {
                kind: { type: "string", enum: ["hoi-thong-tin", "phan-anh", "kien-nghi"] },
                subject: { type: "string", minLength: 5, maxLength: 200 },
                content: { type: "string", minLength: 10, maxLength: 5000 },
                dossierCode: { type: "string", description: "Mã hồ sơ liên quan (phải tồn tại)" },
                concernedUnitId: { type: "integer", description: "Cơ quan, đơn vị được phản ánh" },
                senderName: { type: "string", minLength: 2, maxLength: 100 },
                senderPhone: { type: "string", example: "0905123456" },
                senderEmail: { type: "string", format: "email", description: "Nhận thư xác nhận và trả lời" },
                consentToPublish: { type: "boolean", description: "Đồng ý công khai nội dung trả lời (đã ẩn thông tin cá nhân)" },
                locale: {
                  type: "string",
                  enum: ["vi", "en"],
                  description: "Ngôn ngữ của người gửi (thư xác nhận, trả lời) và của thông báo lỗi; mặc định vi",
                },
              },
            },
          },
        },
      },
      responses: {
        "201": { description: "Đã tiếp nhận", content: { "application/json": { schema: { type: "object", properties: { code: str } } } } },
        "400": { description: "Dữ liệu không hợp lệ (fields nêu từng trường)", content: errorRef },
        "403": { description: "Yêu cầu không đến từ chính cổng", content: errorRef },
        "404": { description: "Không có hồ sơ hoặc cơ quan được nêu", content: errorRef },
        "409": { description: "Cùng nội dung vừa được gửi", content: errorRef },
        "413": { description: "Nội dung yêu cầu quá lớn", content: errorRef },
        "415": { description: "Không phải application/json", content: errorRef },
        "429": { description: "Quá số lần gửi; Retry-After cho biết số giây chờ", content: errorRef },
      },
    },
  },
} as const;
