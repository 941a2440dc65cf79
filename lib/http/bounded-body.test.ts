import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { readBoundedBytes, readBoundedJson, withBoundedBody } from "./bounded-body";

/** A body that would go on for ever, counting how much of it was pulled. */
function endlessBody(chunkBytes = 64 * 1024) {
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      counter.pulled += chunkBytes;
      controller.enqueue(new Uint8Array(chunkBytes));
    },
    cancel() {
      counter.cancelled = true;
    },
  });
  return { stream, counter };
}

function post(body: BodyInit | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  return new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

describe("readBoundedBytes", () => {
  it("reads a body within the limit", async () => {
    const read = await readBoundedBytes(post("xin chào"), 100);
    expect(read.ok && new TextDecoder().decode(read.value)).toBe("xin chào");
  });

  it("refuses by Content-Length before reading a byte", async () => {
    const { stream, counter } = endlessBody();
    const read = await readBoundedBytes(post(stream, { "content-length": "2147483648" }), 10_000);
    expect(read).toEqual({ ok: false, reason: "too_large" });
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024); // the stream's own first pull, nothing asked by us
  });

  it("stops a streamed body (no length, or a lying one) once past the limit, and cancels it", async () => {
    for (const headers of [{}, { "content-length": "10" }] as Record<string, string>[]) {
      const { stream, counter } = endlessBody();
      const read = await readBoundedBytes(post(stream, headers), 100_000);
      expect(read).toEqual({ ok: false, reason: "too_large" });
      expect(counter.pulled).toBeLessThan(400_000);
      expect(counter.cancelled).toBe(true);
    }
  });

  it("refuses a Content-Length that is not a number", async () => {
    const request = new Request("http://localhost/x", { method: "POST", body: "{}" });
    const spoofed = new Request(request, { headers: { "content-length": "abc" } });
    expect(await readBoundedBytes(spoofed, 100)).toEqual({ ok: false, reason: "too_large" });
  });
});

describe("readBoundedJson", () => {
  it("parses JSON, and tells bad JSON from too large", async () => {
    expect(await readBoundedJson(post('{"a":1}'), 100)).toEqual({ ok: true, value: { a: 1 } });
    expect(await readBoundedJson(post("{a"), 100)).toEqual({ ok: false, reason: "invalid_json" });
    expect(await readBoundedJson(post(`"${"x".repeat(200)}"`), 100)).toEqual({ ok: false, reason: "too_large" });
  });
});

describe("withBoundedBody", () => {
  it("hands the wrapped handler the same request with the bytes read, or answers 413 itself", async () => {
    const seen: string[] = [];
    const handler = withBoundedBody(async (request) => {
      seen.push(`${request.method} ${request.headers.get("content-type")} ${await request.text()}`);
      return new Response("ok");
    }, 100);
    const small = new NextRequest("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      body: "identifier=a&password=b",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect((await handler(small)).status).toBe(200);
    expect(seen).toEqual(["POST application/x-www-form-urlencoded identifier=a&password=b"]);

    const { stream, counter } = endlessBody();
    const huge = new NextRequest(
      new Request("http://localhost/api/auth/callback/credentials", { method: "POST", body: stream, duplex: "half" } as RequestInit),
    );
    const refused = await handler(huge);
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ error: "payload_too_large", message: expect.stringContaining("quá lớn") });
    expect(counter.cancelled).toBe(true);
    expect(seen).toHaveLength(1);
  });
});
