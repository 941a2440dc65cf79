import { z } from "zod";
import { isValidLocalDate } from "@/lib/calendar/local-time";

/**
 * The schemas every value from a URL or a request body goes through before it reaches a query
 * (docs/security.md, "Boundary parsing"). Route params arrive already decoded by Next.js: they are
 * parsed as they are and never decoded again (decodeURIComponent("%") throws).
 */

const NUL_MESSAGE = "Nội dung chứa ký tự không hợp lệ.";

/**
 * A string that may go into the database: PostgreSQL text cannot hold the NUL character (0x00), so a
 * NUL in any input would make the query fail. Use in place of z.string() for every input schema.
 */
export function inputString(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine((value) => !value.includes("\0"), NUL_MESSAGE);
}

/** 8-4-4-4-12 hexadecimal digits (any version: seeds and tests use fixed ids too). */
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const uuidSchema = inputString()
  .regex(UUID_PATTERN, "Mã định danh không hợp lệ")
  .transform((value) => value.toLowerCase());

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID_PATTERN.test(value);
}

/** A dossier code as the portal writes it (docs/domain.md#codes): `000.17.22.H56-210531-0001`. */
export const DOSSIER_CODE_PATTERN = /^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.H[0-9]{2}-[0-9]{6}-[0-9]{4}$/i;
export const dossierCodeSchema = inputString()
  .regex(DOSSIER_CODE_PATTERN, "Mã hồ sơ không hợp lệ")
  .transform((value) => value.toUpperCase());

/** An administrative unit's identifier (agency, district, commune): `000.01.22.H47`. */
export const unitCodeSchema = inputString()
  .trim()
  .regex(/^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.H[0-9]{2}$/, "Mã đơn vị không hợp lệ");

/** A service code of the catalog: `1.001193` or `1.001193.000.00.00.H47`. */
export const serviceCodeSchema = inputString()
  .trim()
  .regex(/^[0-9]\.[0-9]{6}(\.[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.H[0-9]{2})?$/, "Mã thủ tục phải có dạng 1.001193 hoặc 1.001193.000.00.00.H47");

/** A calendar date `yyyy-mm-dd` that exists (2025-02-29 and 9999-99-99 do not). */
export const localDateSchema = inputString()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng yyyy-mm-dd")
  .refine(isValidLocalDate, "Ngày không hợp lệ");

/** A page number of a list: 1 to 10,000 (deeper pages are refused, not computed). */
export const pageNumberSchema = z.coerce
  .number({ error: "Số trang phải là số nguyên từ 1" })
  .int("Số trang phải là số nguyên từ 1")
  .min(1, "Số trang phải là số nguyên từ 1")
  .max(10_000, "Số trang quá lớn");

/** Free text typed into a search box: NUL removed (a pasted NUL is noise, not an attack to answer), capped. */
export function searchTextSchema(maxLength: number) {
  return z
    .string()
    .transform((value) => value.replaceAll("\0", ""))
    .pipe(z.string().trim().max(maxLength, `Từ khóa tối đa ${maxLength} ký tự`));
}

type Raw = string | string[] | undefined | null;

/** A query-string value: its first occurrence (`a=1&a=2`, `a[]=1` reach a page as an array). */
export function firstValue(value: Raw): string | undefined {
  return (Array.isArray(value) ? value[0] : value) ?? undefined;
}

/**
 * A route param or query value parsed by `schema`, or null (absent, malformed, NUL, bad UUID, ...).
 * Pages answer null with `?? notFound()`, route handlers with a 400 or 404.
 */
export function parseBoundary<S extends z.ZodType>(schema: S, value: Raw): z.output<S> | null {
  const parsed = schema.safeParse(firstValue(value));
  return parsed.success ? parsed.data : null;
}

/**
 * The entry of a lookup table named by a query value, or undefined: only the table's own keys count
 * (`?tb=__proto__` or `?tb=constructor` would otherwise find Object.prototype and crash the render).
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: Raw): T | undefined {
  const value = firstValue(key);
  return value !== undefined && Object.hasOwn(table, value) ? table[value] : undefined;
}
