/**
 * A refusal the user can read: mapped to a message on the page or a 4xx by the caller, never a 500.
 * `field` names the request's input the refusal is about (a form shows it next to that field).
 */
export class WorkflowError extends Error {
  constructor(
    readonly code: "not-found" | "conflict" | "refused" | "invalid",
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "WorkflowError";
  }
}

export const CONFLICT_MESSAGE =
  "Hồ sơ vừa được người khác cập nhật. Thao tác của bạn chưa được thực hiện; vui lòng tải lại trang để xem trạng thái mới.";
export const NOT_FOUND_MESSAGE = "Không tìm thấy hồ sơ.";
