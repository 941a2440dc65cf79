import { describe, expect, it, vi } from "vitest";

vi.mock("@/auth", () => ({ auth: async () => null }));
vi.mock("@/db/client", () => ({ getDb: async () => null }));

const { safeReturnPath } = await import("./current-user");

describe("return paths after sign-in", () => {
  it("keeps paths of this site and refuses everything else", () => {
    expect(safeReturnPath("/thu-tuc/1.001193/nop-ho-so?buoc=2")).toBe("/thu-tuc/1.001193/nop-ho-so?buoc=2");
    expect(safeReturnPath("//evil.example/x")).toBe("/ho-so");
    expect(safeReturnPath("https://evil.example")).toBe("/ho-so");
    expect(safeReturnPath("/\\evil.example")).toBe("/ho-so");
    expect(safeReturnPath("/a\r\nSet-Cookie: x")).toBe("/ho-so");
    expect(safeReturnPath(null, "/tai-khoan")).toBe("/tai-khoan");
  });
});
