import type { FormField, ServiceDocument } from "@/lib/catalog/service-schema";
import type { FeeSpec, TimeSpec, VariantSpec } from "./types";

// ---------------------------------------------------------------- time limits

export const SAME_DAY: TimeSpec = {
  value: 8,
  unit: "gio-lam-viec",
  text: "Ngay trong ngày làm việc; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo",
};

export function days(value: number, text?: string): TimeSpec {
  return text === undefined ? { value, unit: "ngay-lam-viec" } : { value, unit: "ngay-lam-viec", text };
}

// ---------------------------------------------------------------- fees

export function fee(name: string, amount: number, description?: string): FeeSpec {
  return description === undefined ? { name, amount } : { name, amount, description };
}

export const FEE_BASIS_PROVINCE = "Thông tư 85/2019/TT-BTC; Nghị quyết của HĐND tỉnh Quảng Nam quy định các khoản phí, lệ phí thuộc thẩm quyền";

// ---------------------------------------------------------------- documents

interface DocOptions {
  template?: string;
  originals?: number;
  copies?: number;
  optional?: boolean;
}

/** A document submitted as an original (one copy unless told otherwise). */
export function doc(name: string, options: DocOptions = {}): ServiceDocument {
  return {
    name,
    originals: options.originals ?? 1,
    copies: options.copies ?? 0,
    required: !options.optional,
    template: options.template ?? null,
  };
}

/** A filled-in form (tờ khai, đơn) with its template file. */
export function formDoc(name: string, template: string): ServiceDocument {
  return doc(name, { template });
}

/** A certified copy, or a plain copy shown with the original. */
export function copyDoc(name: string, options: Omit<DocOptions, "originals" | "copies"> = {}): ServiceDocument {
  return doc(name, { ...options, originals: 0, copies: 1 });
}

export const ID_PAPER = doc(
  "Giấy tờ tùy thân có ảnh (Căn cước công dân, Căn cước hoặc Hộ chiếu) của người yêu cầu (xuất trình bản chính khi nộp trực tiếp)",
);
export const AUTHORIZATION = doc("Văn bản ủy quyền theo quy định của pháp luật (trường hợp nộp hồ sơ thay)", { optional: true });

// ---------------------------------------------------------------- form fields

interface FieldOptions {
  optional?: boolean;
  help?: string;
  validation?: FormField["validation"];
}

function field(type: FormField["type"], name: string, label: string, options: FieldOptions = {}): FormField {
  const result: FormField = { name, label, type, required: !options.optional };
  if (options.help) result.helpText = options.help;
  if (options.validation) result.validation = options.validation;
  return result;
}

function choice(type: "select" | "radio", name: string, label: string, values: string[], options: FieldOptions = {}): FormField {
  return { ...field(type, name, label, options), options: values.map((v) => ({ value: v, label: v })) };
}

export const f = {
  text: (name: string, label: string, o?: FieldOptions) => field("text", name, label, { validation: { maxLength: 200 }, ...o }),
  area: (name: string, label: string, o?: FieldOptions) => field("textarea", name, label, { validation: { maxLength: 2000 }, ...o }),
  date: (name: string, label: string, o?: FieldOptions) => field("date", name, label, o),
  number: (name: string, label: string, min: number, max: number, o?: FieldOptions) =>
    field("number", name, label, { validation: { min, max }, ...o }),
  select: (name: string, label: string, values: string[], o?: FieldOptions) => choice("select", name, label, values, o),
  radio: (name: string, label: string, values: string[], o?: FieldOptions) => choice("radio", name, label, values, o),
  check: (name: string, label: string, o?: FieldOptions) => field("checkbox", name, label, { optional: true, ...o }),
  email: (name: string, label: string, o?: FieldOptions) => field("email", name, label, o),
  tel: (name: string, label: string, o?: FieldOptions) =>
    field("tel", name, label, {
      validation: { pattern: "^0[0-9]{9,10}$", patternMessage: "Số điện thoại gồm 10 hoặc 11 chữ số, bắt đầu bằng 0" },
      ...o,
    }),
  /** Số định danh cá nhân (12 digits, docs/domain.md#identity). */
  personalId: (name: string, label: string, o?: FieldOptions) =>
    field("text", name, label, {
      validation: { pattern: "^[0-9]{12}$", patternMessage: "Số định danh cá nhân gồm đúng 12 chữ số" },
      ...o,
    }),
  /** Mã số thuế / mã số doanh nghiệp: 10 digits, or 13 for a branch (docs/domain.md#identity). */
  taxCode: (name: string, label: string, o?: FieldOptions) =>
    field("text", name, label, {
      validation: { pattern: "^[0-9]{10}(-[0-9]{3})?$", patternMessage: "Mã số gồm 10 chữ số hoặc 10 chữ số, dấu gạch ngang và 3 chữ số" },
      ...o,
    }),
  /** Land parcel: số tờ bản đồ / số thửa. */
  parcel: () => [
    field("text", "mapSheetNumber", "Số tờ bản đồ", { validation: { pattern: "^[0-9]{1,4}$", patternMessage: "Số tờ bản đồ là số nguyên" } }),
    field("text", "parcelNumber", "Số thửa đất", { validation: { pattern: "^[0-9]{1,5}$", patternMessage: "Số thửa là số nguyên" } }),
  ],
};

export const SEX_OPTIONS = ["Nam", "Nữ"];

// ---------------------------------------------------------------- variants

/** A variant given by its name and whatever it changes. */
export function v(name: string, changes: Omit<VariantSpec, "name"> = {}): VariantSpec {
  return { name, ...changes };
}

/** The family procedure name followed by each qualifier, e.g. "… có yếu tố nước ngoài". */
export function qualified(base: string, qualifiers: Array<string | [string, Omit<VariantSpec, "name">]>): VariantSpec[] {
  return qualifiers.map((q) => (typeof q === "string" ? v(`${base} ${q}`) : v(`${base} ${q[0]}`, q[1])));
}

export type LifecycleAction = "cap-lai" | "cap-doi" | "cap-dieu-chinh" | "dieu-chinh" | "gia-han" | "sua-doi-bo-sung" | "thay-doi";

function lifecycleVariant(action: LifecycleAction, object: string): VariantSpec {
  switch (action) {
    case "cap-lai":
      return v(`Cấp lại ${object}`, {
        timeFactor: 0.5,
        popularityFactor: 0.2,
        extraDocs: [doc(`Bản chính ${object} đã được cấp (trường hợp bị hư hỏng, rách nát)`, { optional: true })],
        extraForm: [f.select("reissueReason", "Lý do đề nghị cấp lại", ["Bị mất", "Bị hư hỏng, rách nát", "Lý do khác"])],
      });
    case "cap-doi":
      return v(`Cấp đổi ${object}`, {
        timeFactor: 0.5,
        popularityFactor: 0.2,
        extraDocs: [doc(`Bản chính ${object} đề nghị cấp đổi`)],
        extraForm: [f.select("exchangeReason", "Lý do đề nghị cấp đổi", ["Hết thời hạn", "Thay đổi thông tin", "Bị hư hỏng"])],
      });
    case "cap-dieu-chinh":
    case "dieu-chinh":
      return v(`${action === "cap-dieu-chinh" ? "Cấp điều chỉnh" : "Điều chỉnh"} ${object}`, {
        timeFactor: 0.7,
        popularityFactor: 0.15,
        extraDocs: [doc("Tài liệu chứng minh nội dung đề nghị điều chỉnh")],
        extraForm: [f.area("adjustmentContent", "Nội dung đề nghị điều chỉnh")],
      });
    case "gia-han":
      return v(`Gia hạn ${object}`, {
        timeFactor: 0.5,
        popularityFactor: 0.15,
        extraDocs: [doc(`Bản chính ${object} còn hiệu lực`)],
        extraForm: [f.date("extendUntil", "Đề nghị gia hạn đến ngày")],
      });
    case "sua-doi-bo-sung":
      return v(`Cấp sửa đổi, bổ sung ${object}`, {
        timeFactor: 0.7,
        popularityFactor: 0.12,
        extraDocs: [doc("Tài liệu chứng minh nội dung đề nghị sửa đổi, bổ sung")],
        extraForm: [f.area("amendmentContent", "Nội dung đề nghị sửa đổi, bổ sung")],
      });
    case "thay-doi":
      return v(`Đăng ký thay đổi nội dung ${object}`, {
        timeFactor: 1,
        popularityFactor: 0.3,
        extraDocs: [doc("Giấy tờ chứng minh nội dung thay đổi")],
        extraForm: [f.area("changeContent", "Nội dung đề nghị thay đổi")],
      });
  }
}

/** The usual lifecycle of a permit or certificate: reissue, exchange, adjustment, extension, amendment. */
export function lifecycle(object: string, actions: LifecycleAction[], changes: Omit<VariantSpec, "name"> = {}): VariantSpec[] {
  return actions.map((action) => ({ ...lifecycleVariant(action, object), ...changes }));
}
