import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config";
import { clientAddressFrom, SOCKET_ADDRESS_HEADER } from "./client-address";

function request(socket: string | null, forwardedFor?: string) {
  const headers = new Headers();
  if (socket !== null) headers.set(SOCKET_ADDRESS_HEADER, socket);
  if (forwardedFor !== undefined) headers.set("x-forwarded-for", forwardedFor);
  return headers;
}

describe("clientAddressFrom without trusted proxies (the default)", () => {
  it("is the socket's address, whatever X-Forwarded-For or X-Real-IP claim", () => {
    for (const claimed of ["1.2.3.4", "1.2.3.4, 10.0.0.7", "203.0.113.9", "", "not an address"]) {
      const headers = request("198.51.100.20", claimed);
      headers.set("x-real-ip", "10.0.0.8");
      expect(clientAddressFrom(headers, 0)).toBe("198.51.100.20");
    }
  });

  it("drops the IPv4-mapped IPv6 prefix of a dual-stack socket", () => {
    expect(clientAddressFrom(request("::ffff:127.0.0.7"), 0)).toBe("127.0.0.7");
    expect(clientAddressFrom(request("2001:db8::1"), 0)).toBe("2001:db8::1");
  });

  it("is one shared 'unknown' when the server was started without the socket stamp", () => {
    expect(clientAddressFrom(request(null, "1.2.3.4"), 0)).toBe("unknown");
  });
});

describe("clientAddressFrom behind trusted proxies", () => {
  it("takes the address the outermost trusted proxy saw, never what the client wrote further left", () => {
    // client 203.0.113.5 → proxy A (10.0.0.2) → portal: A appends the client, the socket is A.
    expect(clientAddressFrom(request("10.0.0.2", "203.0.113.5"), 1)).toBe("203.0.113.5");
    expect(clientAddressFrom(request("10.0.0.2", "6.6.6.6, 203.0.113.5"), 1)).toBe("203.0.113.5");
    // Two proxies: client → A (appends client) → B (appends A) → portal (socket B).
    expect(clientAddressFrom(request("10.0.0.3", "6.6.6.6, 203.0.113.5, 10.0.0.2"), 2)).toBe("203.0.113.5");
  });

  it("falls back to the left-most entry when the chain is shorter than the trusted hops", () => {
    expect(clientAddressFrom(request("10.0.0.2"), 2)).toBe("10.0.0.2");
    expect(clientAddressFrom(request("10.0.0.2", "203.0.113.5"), 3)).toBe("203.0.113.5");
  });
});

describe("TRUSTED_PROXY_HOPS", () => {
  it("defaults to none and accepts 0–10", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "" }).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: " 2 " }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "10" }).TRUSTED_PROXY_HOPS).toBe(10);
  });

  it.each(["-1", "11", "1.5", "one", "true", "0x1"])("refuses %j with a message naming the variable", (value) => {
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: value })).toThrow(/TRUSTED_PROXY_HOPS=.*0 đến 10/);
  });
});
