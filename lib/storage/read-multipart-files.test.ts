import { describe, expect, it } from "vitest";
import { MalformedMultipartError, readMultipartFiles } from "./read-multipart-files";

const limits = { maxBytes: 1000, maxFiles: 2, maxFieldBytes: 100 };

function formRequest(form: FormData): Request {
  return new Request("http://portal.test/upload", { method: "POST", body: form });
}

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString();
}

describe("readMultipartFiles", () => {
  it("hands the files over in order after the fields, skips empty inputs and counts files over the limit", async () => {
    const form = new FormData();
    form.set("subject", "Đường hỏng");
    form.append("attachments", new Blob(["one"]), "a.pdf");
    form.append("attachments", new Blob([""]), "");
    form.append("other", new Blob(["x"]), "x.pdf");
    form.append("attachments", new Blob(["two"]), "b.png");
    form.append("attachments", new Blob(["three"]), "c.png");
    const seen: string[] = [];
    const { fields, results, skipped } = await readMultipartFiles(formRequest(form), "attachments", limits, async (file) => {
      seen.push(file.name);
      return text(file.stream);
    });
    expect(fields).toEqual({ subject: "Đường hỏng" });
    expect(seen).toEqual(["a.pdf", "b.png"]);
    expect(results).toEqual(["one", "two"]);
    expect(skipped).toBe(1);
  });

  it("rejects with the handler's error after draining the rest of the body", async () => {
    const form = new FormData();
    form.append("attachments", new Blob(["one"]), "a.pdf");
    form.append("attachments", new Blob(["two"]), "b.pdf");
    let calls = 0;
    await expect(
      readMultipartFiles(formRequest(form), "attachments", limits, async () => {
        calls++;
        throw new Error("storage down");
      }),
    ).rejects.toThrow("storage down");
    expect(calls).toBe(1);
  });

  it("rejects a body that is not a complete multipart form as malformed", async () => {
    const request = new Request("http://portal.test/upload", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=xyz" },
      body: '--xyz\r\nContent-Disposition: form-data; name="attachments"; filename="a.pdf"\r\n\r\nhalf a fi',
    });
    await expect(readMultipartFiles(request, "attachments", limits, (file) => text(file.stream))).rejects.toBeInstanceOf(MalformedMultipartError);
  });

  it("answers an empty result for a body that is not multipart", async () => {
    const request = new Request("http://portal.test/upload", {
      method: "POST",
      body: "a=b",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(await readMultipartFiles(request, "attachments", limits, (file) => text(file.stream))).toEqual({ fields: {}, results: [], skipped: 0 });
  });
});
