/** Texts of the shared form kit (`components/ui/`). */
export const uiMessages = {
  /** Beside a required field's label (screen readers hear "required" from the control itself). */
  required: "(bắt buộc)",
  /** Inside an optional field's label, so it is part of the field's name. */
  optional: "(không bắt buộc)",
  errorSummary: "Vui lòng sửa các lỗi sau:",
} as const;
