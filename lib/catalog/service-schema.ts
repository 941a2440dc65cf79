import { z } from "zod";
import { inputString, serviceCodeSchema } from "@/lib/validation/boundary-schemas";

// Validation messages the schema does not word itself come in Vietnamese.
z.config(z.locales.vi());

/**
 * The catalog content of one public service (thủ tục hành chính), docs/domain.md#catalog.
 * One schema serves the seed, the catalog import and the API, so a row that passes here is complete.
 */

export const LEVELS = ["tinh", "huyen", "xa"] as const;
export const MODES = ["toan-trinh", "mot-phan"] as const;
export const AUDIENCES = ["cong-dan", "doanh-nghiep", "ca-hai"] as const;
export const CHANNELS = ["truc-tiep", "truc-tuyen", "buu-chinh"] as const;
export const TIME_UNITS = ["ngay-lam-viec", "gio-lam-viec"] as const;
export const FORM_FIELD_TYPES = ["text", "textarea", "number", "date", "select", "radio", "checkbox", "email", "tel"] as const;

export type Level = (typeof LEVELS)[number];
export type Mode = (typeof MODES)[number];
export type Audience = (typeof AUDIENCES)[number];

const text = inputString().trim().min(1);

export { serviceCodeSchema };

const formFieldSchema = z
  .object({
    name: inputString().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, "Tên trường chỉ gồm chữ cái không dấu, chữ số và dấu gạch dưới"),
    label: text,
    type: z.enum(FORM_FIELD_TYPES),
    required: z.boolean(),
    options: z.array(z.object({ value: text, label: text })).optional(),
    helpText: inputString().optional(),
    validation: z
      .object({
        minLength: z.number().int().nonnegative().optional(),
        maxLength: z.number().int().positive().optional(),
        min: z.number().optional(),
        max: z.number().optional(),
        pattern: inputString().optional(),
        patternMessage: inputString().optional(),
      })
      .optional(),
  })
  .refine((f) => !["select", "radio"].includes(f.type) || (f.options?.length ?? 0) > 0, {
    message: "Trường chọn phải có danh sách lựa chọn",
    path: ["options"],
  });

const serviceDocumentSchema = z.object({
  name: text,
  originals: z.number().int().nonnegative(),
  copies: z.number().int().nonnegative(),
  required: z.boolean(),
  template: inputString().trim().min(1).nullable(),
});

const serviceChannelSchema = z.object({
  channel: z.enum(CHANNELS),
  timeLimit: text,
  fee: text,
  description: inputString().trim().default(""),
});

const serviceFeeSchema = z.object({
  name: text,
  /** Amount in đồng; 0 means free. */
  amount: z.number().int().nonnegative(),
  description: inputString().trim().default(""),
});

export const serviceContentSchema = z.object({
  code: serviceCodeSchema,
  name: text.max(500),
  /** Code of the field (lĩnh vực), e.g. "ho-tich". */
  fieldCode: text,
  /** Identifier of the provincial agency that publishes and manages the service, e.g. "000.00.03.H47". */
  agencyCode: text,
  performingBody: text,
  decidingBody: text,
  level: z.enum(LEVELS),
  mode: z.enum(MODES),
  audience: z.enum(AUDIENCES),
  steps: z.array(text).min(1),
  channels: z.array(serviceChannelSchema).min(1),
  documents: z.array(serviceDocumentSchema).min(1),
  setsCount: z.number().int().positive(),
  timeLimitValue: z.number().positive(),
  timeLimitUnit: z.enum(TIME_UNITS),
  timeLimitText: text,
  fees: z.array(serviceFeeSchema),
  feeLegalBasis: text,
  result: text,
  legalBasis: z.array(text).min(1),
  conditions: text,
  receivingAddress: text,
  formDefinition: z.array(formFieldSchema).min(1),
  /** Relative demand, used to list the most-used services. */
  popularity: z.number().int().nonnegative().default(0),
  /** Life events (sự kiện đời sống) the service belongs to, e.g. "khai-sinh". */
  lifeEvents: z.array(text).default([]),
});

export type ServiceContent = z.infer<typeof serviceContentSchema>;
export type ServiceContentInput = z.input<typeof serviceContentSchema>;
export type FormField = z.infer<typeof formFieldSchema>;
export type ServiceDocument = z.infer<typeof serviceDocumentSchema>;
