import { describe, expect, it } from "vitest";
import { decodeBase32, encodeBase32, generateTotpSecret, hotp, totp, totpUri, verifyTotp } from "./totp";

// RFC 6238 appendix B / RFC 4226 appendix D: the ASCII secret "12345678901234567890".
const RFC_SECRET = encodeBase32(Buffer.from("12345678901234567890"));

describe("TOTP (RFC 6238)", () => {
  it("round-trips base32", () => {
    expect(RFC_SECRET).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(decodeBase32(RFC_SECRET).toString()).toBe("12345678901234567890");
    expect(() => decodeBase32("not base32!")).toThrow();
  });

  it("matches the RFC 4226 HOTP vectors", () => {
    const secret = Buffer.from("12345678901234567890");
    expect([0, 1, 2, 9].map((c) => hotp(secret, c))).toEqual(["755224", "287082", "359152", "520489"]);
  });

  it.each([
    [59, "287082"],
    [1111111109, "081804"],
    [1234567890, "005924"],
    [2000000000, "279037"],
  ])("matches the RFC 6238 SHA-1 vector at %i s", (seconds, code) => {
    expect(totp(RFC_SECRET, new Date(seconds * 1000))).toBe(code);
  });

  it("accepts one step of drift, refuses older codes and malformed input", () => {
    const now = new Date(1_800_000_000_000);
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const current = totp(secret, now);
    const step = Math.floor(now.getTime() / 30_000);
    expect(verifyTotp(secret, current, now)).toBe(step);
    expect(verifyTotp(secret, totp(secret, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(verifyTotp(secret, totp(secret, new Date(now.getTime() - 90_000)), now)).toBeNull();
    expect(verifyTotp(secret, "12345", now)).toBeNull();
    expect(verifyTotp(secret, "abcdef", now)).toBeNull();
  });

  it("builds the otpauth URI for authenticator apps", () => {
    expect(totpUri("ABC", "lanhdao@example.vn")).toBe(
      "otpauth://totp/C%E1%BB%95ng%20DVC%20Qu%E1%BA%A3ng%20Nam%3Alanhdao%40example.vn?secret=ABC&issuer=C%E1%BB%95ng%20DVC%20Qu%E1%BA%A3ng%20Nam&algorithm=SHA1&digits=6&period=30",
    );
  });
});
