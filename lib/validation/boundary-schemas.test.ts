import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  dossierCodeSchema,
  firstValue,
  inputString,
  isUuid,
  localDateSchema,
  pageNumberSchema,
  parseBoundary,
  searchTextSchema,
  serviceCodeSchema,
  unitCodeSchema,
  uuidSchema,
} from "./boundary-schemas";

const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

describe("inputString", () => {
  it("refuses a NUL anywhere, keeps every other character", () => {
    expect(accepts(inputString(), "a\0b")).toBe(false);
    expect(accepts(inputString(), "\0")).toBe(false);
    expect(accepts(inputString().trim().min(1), "Nguyễn Văn An ✓ \u0001")).toBe(true);
  });

  it("still chains like z.string() and keeps its own messages", () => {
    const schema = inputString({ error: "bắt buộc" }).trim().min(2, "ngắn quá");
    expect(schema.safeParse("  ab ").data).toBe("ab");
    expect(schema.safeParse("a").error?.issues[0]?.message).toBe("ngắn quá");
    expect(schema.safeParse(42).error?.issues[0]?.message).toBe("bắt buộc");
  });
});

describe("uuidSchema", () => {
  it("accepts 8-4-4-4-12 hex digits in any case, lower-cased", () => {
    expect(uuidSchema.parse("0F8FAD5B-D9CB-469F-A165-70867728950E")).toBe("0f8fad5b-d9cb-469f-a165-70867728950e");
    expect(isUuid("00000000-0000-0000-0000-000000000001")).toBe(true);
  });

  it.each([
    ["36 dashes", "-".repeat(36)],
    ["36 hex digits, no dashes", "a".repeat(36)],
    ["dashes in the wrong places", "0f8fad5bd9cb-469f-a165-70867728950e-"],
    ["a non-hex letter", "0f8fad5b-d9cb-469f-a165-70867728950g"],
    ["a NUL at the end", "0f8fad5b-d9cb-469f-a165-70867728950e\0"],
    ["abc (the wizard's ?draft=abc)", "abc"],
    ["empty", ""],
  ])("refuses %s", (_name, value) => {
    expect(accepts(uuidSchema, value)).toBe(false);
    expect(isUuid(value)).toBe(false);
  });
});

describe("dossierCodeSchema", () => {
  it("accepts the portal's codes, upper-cased", () => {
    expect(dossierCodeSchema.parse("000.17.22.h56-210531-0001")).toBe("000.17.22.H56-210531-0001");
  });

  it.each(["%", "%25", "\0", "000.17.22.H56-210531-0001\0", "000.17.22.H56-210531", "../000.17.22.H56-210531-0001", "x"])("refuses %j", (value) => {
    expect(accepts(dossierCodeSchema, value)).toBe(false);
  });
});

describe("serviceCodeSchema", () => {
  it("accepts short and long codes", () => {
    expect(accepts(serviceCodeSchema, "1.001193")).toBe(true);
    expect(accepts(serviceCodeSchema, "1.001193.000.00.00.H47")).toBe(true);
  });

  it.each(["%", "%25", "\0", "1.001193\0", "%E0%A4%A", "1.001193'--", ""])("refuses %j", (value) => {
    expect(accepts(serviceCodeSchema, value)).toBe(false);
  });
});

describe("unitCodeSchema", () => {
  it("accepts unit identifiers and refuses anything else before a lookup", () => {
    expect(unitCodeSchema.parse(" 000.01.22.H47 ")).toBe("000.01.22.H47");
    for (const value of ["a\0b", "000.01.22.H47\0", "%", "abc", ""]) expect(accepts(unitCodeSchema, value), value).toBe(false);
  });
});

describe("localDateSchema", () => {
  it("accepts real dates", () => {
    expect(localDateSchema.parse("2024-02-29")).toBe("2024-02-29");
    expect(localDateSchema.parse(" 2026-12-31 ")).toBe("2026-12-31");
  });

  it.each(["9999-99-99", "2025-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0000-01-01", "2026-1-1", "2026-01-01\0", "01/02/2026", ""])(
    "refuses %j",
    (value) => {
      expect(accepts(localDateSchema, value)).toBe(false);
    },
  );
});

describe("pageNumberSchema", () => {
  it("takes 1 to 10,000 from a query string", () => {
    expect(pageNumberSchema.parse("3")).toBe(3);
    expect(pageNumberSchema.parse("10000")).toBe(10_000);
  });

  it.each(["0", "-1", "1.5", "10001", "1e9", "99999999999999999999", "abc", "\0"])("refuses %j", (value) => {
    expect(accepts(pageNumberSchema, value)).toBe(false);
  });
});

describe("searchTextSchema", () => {
  it("strips NUL bytes and trims", () => {
    expect(searchTextSchema(100).parse(" khai\0 sinh\0 ")).toBe("khai sinh");
    expect(searchTextSchema(100).parse("\0")).toBe("");
  });

  it("caps the length", () => {
    expect(accepts(searchTextSchema(100), "a".repeat(100))).toBe(true);
    expect(accepts(searchTextSchema(100), "a".repeat(101))).toBe(false);
  });
});

describe("parseBoundary", () => {
  it("takes the first of repeated values and gives null for anything malformed", () => {
    expect(firstValue(["1", "2"])).toBe("1");
    expect(parseBoundary(uuidSchema, ["0f8fad5b-d9cb-469f-a165-70867728950e", "x"])).toBe("0f8fad5b-d9cb-469f-a165-70867728950e");
    expect(parseBoundary(uuidSchema, undefined)).toBeNull();
    expect(parseBoundary(uuidSchema, "-".repeat(36))).toBeNull();
    expect(parseBoundary(serviceCodeSchema, "%")).toBeNull();
  });
});
