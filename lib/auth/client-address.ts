import { isIP } from "node:net";
import { serverEnv } from "@/lib/config";

/** Set by scripts/socket-address-preload.mjs from the TCP connection, replacing any copy from the client. */
export const SOCKET_ADDRESS_HEADER = "x-portal-socket-address";

let warnedUnstamped = false;

/**
 * The client's address for throttling and locks. The TCP peer (the socket's address) is the only thing
 * a client cannot choose; X-Forwarded-For is believed only for TRUSTED_PROXY_HOPS proxies in front of the
 * portal (default 0: none, the socket is the client). With N trusted proxies the address is the one the
 * outermost of them saw: the N-th entry from the right of [X-Forwarded-For…, socket]; whatever a client
 * wrote further left is never used.
 */
export function clientAddressFrom(headers: Headers, hops: number = serverEnv().TRUSTED_PROXY_HOPS): string {
  const socket = normalise(headers.get(SOCKET_ADDRESS_HEADER) ?? "");
  if (!socket) {
    if (!warnedUnstamped) {
      warnedUnstamped = true;
      console.warn(
        `Không có ${SOCKET_ADDRESS_HEADER}: máy chủ không chạy qua npm start (scripts/socket-address-preload.mjs); mọi yêu cầu được tính chung một địa chỉ.`,
      );
    }
    return "unknown";
  }
  if (hops === 0) return socket;
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map(normalise).filter(Boolean);
  const chain = [...forwarded, socket];
  return chain[chain.length - 1 - hops] ?? chain[0] ?? socket;
}

/** One address, without the IPv4-mapped IPv6 prefix; anything that is not an IP address is kept short. */
function normalise(value: string): string {
  const address = value.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(address) ? address : address.slice(0, 100);
}
