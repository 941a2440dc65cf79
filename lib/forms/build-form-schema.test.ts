import { describe, expect, it } from "vitest";
import type { FormField } from "@/lib/catalog/service-schema";
import { translatorFor } from "@/lib/i18n/translator";
import { buildFormSchema, displayFormValue, fieldErrors as errorKeys, formDataToValues } from "./build-form-schema";
import { fieldMessagesText } from "./field-message";

/** The messages as a Vietnamese reader sees them (the schema gives catalog keys, docs/i18n.md). */
const fieldErrors = (error: Parameters<typeof errorKeys>[0]) => fieldMessagesText(translatorFor("vi", "validation") as never, errorKeys(error));

const definition: FormField[] = [
  { name: "fullName", label: "Họ tên", type: "text", required: true, validation: { minLength: 2, maxLength: 10 } },
  { name: "note", label: "Ghi chú", type: "textarea", required: false },
  { name: "age", label: "Tuổi", type: "number", required: true, validation: { min: 0, max: 120 } },
  { name: "born", label: "Ngày sinh", type: "date", required: true },
  {
    name: "sex",
    label: "Giới tính",
    type: "select",
    required: true,
    options: [
      { value: "Nam", label: "Nam" },
      { value: "Nữ", label: "Nữ" },
    ],
  },
  { name: "agree", label: "Đồng ý", type: "checkbox", required: true },
  { name: "mail", label: "Email", type: "email", required: false },
  { name: "id", label: "CCCD", type: "text", required: false, validation: { pattern: "^[0-9]{12}$", patternMessage: "12 chữ số" } },
];
const schema = buildFormSchema(definition);
const good = { fullName: " An ", note: "", age: "30", born: "2000-02-29", sex: "Nữ", agree: "on", mail: "", id: "" };

describe("buildFormSchema", () => {
  it("accepts form strings, coerces numbers and checkboxes, drops empty optional fields", () => {
    expect(schema.parse(good)).toEqual({ fullName: "An", age: 30, born: "2000-02-29", sex: "Nữ", agree: true });
  });

  it("accepts JSON values as well", () => {
    expect(schema.parse({ ...good, age: 30, agree: true })).toMatchObject({ age: 30, agree: true });
  });

  it("reports one Vietnamese message per bad field", () => {
    const result = schema.safeParse({ fullName: "", age: "200", born: "2001-02-29", sex: "Khác", mail: "x@", id: "123" });
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = fieldErrors(result.error);
    expect(errors).toEqual({
      fullName: "Vui lòng nhập thông tin này.",
      age: "Giá trị lớn nhất là 120.",
      born: "Ngày không hợp lệ (định dạng ngày/tháng/năm).",
      sex: "Vui lòng chọn một giá trị.",
      agree: "Vui lòng đánh dấu ô này.",
      mail: "Địa chỉ thư điện tử không hợp lệ.",
      id: "12 chữ số",
    });
  });

  it("applies length limits and rejects a non-number", () => {
    const errors = fieldErrors(schema.safeParse({ ...good, fullName: "A", age: "ba mươi" }).error!);
    expect(errors).toEqual({ fullName: "Nhập ít nhất 2 ký tự.", age: "Vui lòng nhập một số." });
  });

  it("reads FormData: an unchecked box is false, unknown names are ignored", () => {
    const data = new FormData();
    data.set("fullName", "An");
    data.set("other", "x");
    const values = formDataToValues(definition, data);
    expect(values.agree).toBe(false);
    expect(values.other).toBeUndefined();
    expect(values.fullName).toBe("An");
  });

  it("displays dates the Vietnamese way", () => {
    expect(displayFormValue(definition[3]!, "2000-02-29")).toBe("29/02/2000");
    expect(displayFormValue(definition[5]!, true)).toBe("Có");
    expect(displayFormValue(definition[5]!, true, "Yes")).toBe("Yes");
  });
});
