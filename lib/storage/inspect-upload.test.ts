import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { sanitizeFileName, sniffContentType, UploadError, UploadGuard } from "./inspect-upload";
import { createLocalStorage } from "./local-storage";
import { StorageNotFoundError } from "./file-storage";

const PDF = Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const EXE = Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00", "latin1");

async function run(chunks: Buffer[], max: number) {
  const guard = new UploadGuard(max);
  const out: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (c: Buffer) => out.push(c));
  await pipeline(Readable.from(chunks), guard, sink);
  return { type: guard.contentType, bytes: Buffer.concat(out) };
}

describe("sniffContentType", () => {
  it("recognises PDF, PNG and JPEG by their first bytes", () => {
    expect(sniffContentType(PDF)).toBe("application/pdf");
    expect(sniffContentType(PNG)).toBe("image/png");
    expect(sniffContentType(JPEG)).toBe("image/jpeg");
  });
  it("refuses anything else, whatever it is called", () => {
    expect(sniffContentType(EXE)).toBeNull();
    expect(sniffContentType(Buffer.from("<html>"))).toBeNull();
    expect(sniffContentType(Buffer.from("%PD"))).toBeNull();
  });
});

describe("UploadGuard", () => {
  it("passes the bytes through unchanged even when the head arrives in tiny chunks", async () => {
    const chunks = [...PDF].map((b) => Buffer.from([b]));
    const result = await run(chunks, 1000);
    expect(result.type).toBe("application/pdf");
    expect(result.bytes.equals(PDF)).toBe(true);
  });
  it("stops an upload over the limit", async () => {
    await expect(run([PNG, Buffer.alloc(100)], 100)).rejects.toEqual(new UploadError("too_large"));
    await expect(run([PNG, Buffer.alloc(100 - PNG.length)], 100)).resolves.toMatchObject({ type: "image/png" });
  });
  it("stops an executable renamed .pdf, and an empty file", async () => {
    await expect(run([EXE], 1000)).rejects.toMatchObject({ code: "bad_type" });
    await expect(run([], 1000)).rejects.toMatchObject({ code: "empty" });
    await expect(run([Buffer.from([0xff, 0xd8])], 1000)).rejects.toMatchObject({ code: "bad_type" });
  });
});

describe("sanitizeFileName", () => {
  it("keeps Vietnamese letters, drops folders and reserved characters, and takes the detected extension", () => {
    expect(sanitizeFileName("Giấy chứng sinh.pdf", "application/pdf")).toBe("Giấy chứng sinh.pdf");
    expect(sanitizeFileName("..\\..\\windows\\system32\\evil.exe", "application/pdf")).toBe("evil.pdf");
    expect(sanitizeFileName("../../etc/passwd", "image/png")).toBe("passwd.png");
    expect(sanitizeFileName('a<b>:"c|?*\u0000.jpeg', "image/jpeg")).toBe("a b c.jpg");
    expect(sanitizeFileName("...", "image/png")).toBe("tep.png");
    expect(sanitizeFileName(`${"x".repeat(300)}.pdf`, "application/pdf")).toHaveLength(124);
  });
});

describe("local storage", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("stores a stream and gives back key, size and sha256; reads and deletes it", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "storage-"));
    dirs.push(dir);
    const storage = createLocalStorage(dir);
    const data = Buffer.concat([PDF, Buffer.alloc(200_000, 7)]);
    const stored = await storage.put(Readable.from([data.subarray(0, 1000), data.subarray(1000)]));
    expect(stored.size).toBe(data.length);
    expect(stored.sha256).toBe(createHash("sha256").update(data).digest("hex"));
    const back: Buffer[] = [];
    for await (const chunk of await storage.get(stored.key)) back.push(chunk as Buffer);
    expect(Buffer.concat(back).equals(data)).toBe(true);
    await storage.delete(stored.key);
    await expect(storage.get(stored.key)).rejects.toBeInstanceOf(StorageNotFoundError);
    await expect(storage.get("../../etc/passwd")).rejects.toBeInstanceOf(StorageNotFoundError);
  });

  /** A store in a fresh folder with an upload under way: its first bytes written, the rest to come. */
  async function uploadUnderWay() {
    const dir = await mkdtemp(path.join(os.tmpdir(), "storage-"));
    dirs.push(dir);
    const storage = createLocalStorage(dir);
    const body = new PassThrough();
    const put = storage.put(body);
    body.write(PDF);
    /** What the upload's month folder holds (empty before it exists). */
    const monthFiles = async () => {
      const year = (await readdir(dir))[0];
      const month = year ? (await readdir(path.join(dir, year)))[0] : undefined;
      return year && month ? readdir(path.join(dir, year, month)) : [];
    };
    return { storage, body, put, monthFiles };
  }

  it("writes under a temporary name and publishes the key only once the bytes are complete", async () => {
    const { storage, body, put, monthFiles } = await uploadUnderWay();
    let during: string[] = [];
    for (let i = 0; i < 200 && during.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      during = await monthFiles();
    }
    expect(during).toHaveLength(1);
    expect(during[0]).toMatch(/^[0-9a-f-]{36}\.tmp$/);
    body.end(Buffer.alloc(1000, 1));
    const stored = await put;
    expect(await monthFiles()).toEqual([stored.key.split("/")[2]]);
    const listed = [];
    for await (const object of storage.list()) listed.push(object.key);
    expect(listed).toEqual([stored.key]);
  });

  it("leaves nothing behind when the stream fails", async () => {
    const { body, put, monthFiles } = await uploadUnderWay();
    setTimeout(() => body.destroy(new UploadError("too_large")), 10);
    await expect(put).rejects.toMatchObject({ code: "too_large" });
    expect(await monthFiles()).toEqual([]);
  });
});
