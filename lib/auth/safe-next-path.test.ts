import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it.each([
    ["/ho-so", "/ho-so"],
    ["/thu-tuc/1.001/nop-ho-so?buoc=2", "/thu-tuc/1.001/nop-ho-so?buoc=2"],
    ["https://evil.example/", "/tai-khoan"],
    ["//evil.example/", "/tai-khoan"],
    ["/\\evil.example", "/tai-khoan"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["javascript:alert(1)", "/tai-khoan"],
    ["/ok\nSet-Cookie: x", "/tai-khoan"],
    ["", "/tai-khoan"],
    [undefined, "/tai-khoan"],
    [["/a", "/b"], "/tai-khoan"],
  ])("%j → %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});
