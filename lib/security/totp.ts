import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** Time-based one-time passwords (RFC 6238, HMAC-SHA1, 6 digits, 30 s), as authenticator apps use. */
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const STEP_SECONDS = 30;
const DIGITS = 6;

export function encodeBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function decodeBase32(text: string): Buffer {
  const clean = text.replace(/[\s=-]/g, "").toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error("Khóa bí mật không hợp lệ (base32).");
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new random secret (160 bits), base32 for the authenticator app. */
export function generateTotpSecret(): string {
  return encodeBase32(randomBytes(20));
}

/** HOTP (RFC 4226) for one counter value. */
export function hotp(secret: Buffer, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac("sha1", secret).update(message).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const binary = (digest.readUInt32BE(offset) & 0x7fffffff) % 10 ** DIGITS;
  return String(binary).padStart(DIGITS, "0");
}

export function totp(secretBase32: string, at: Date = new Date()): string {
  return hotp(decodeBase32(secretBase32), Math.floor(at.getTime() / 1000 / STEP_SECONDS));
}

/**
 * Checks a code, accepting one step of clock drift either way. Returns the matched time step, so the
 * caller can refuse a code that was already used (replay) by storing the last accepted step.
 */
export function verifyTotp(secretBase32: string, code: string, at: Date = new Date(), window = 1): number | null {
  if (!/^\d{6}$/.test(code.trim())) return null;
  const secret = decodeBase32(secretBase32);
  const step = Math.floor(at.getTime() / 1000 / STEP_SECONDS);
  const given = Buffer.from(code.trim());
  for (let drift = -window; drift <= window; drift++) {
    const expected = Buffer.from(hotp(secret, step + drift));
    if (timingSafeEqual(expected, given)) return step + drift;
  }
  return null;
}

/** The otpauth:// URI that authenticator apps read from a QR code. */
export function totpUri(secretBase32: string, accountName: string, issuer = "Cổng DVC Quảng Nam"): string {
  const label = encodeURIComponent(`${issuer}:${accountName}`);
  return `otpauth://totp/${label}?secret=${secretBase32}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=${DIGITS}&period=${STEP_SECONDS}`;
}
