/**
 * Loaded into the Next.js server process before Next itself (`node --import`, see scripts/start.ts and
 * the `dev` script): stamps every request with the address of the TCP peer, in a header of our own that
 * replaces any copy the client sent. Next.js gives route handlers and server actions no socket address
 * (there is no `request.ip`), and the X-Forwarded-For it fills in is kept as the client sent it when the
 * client sent one, so without this stamp a client could name any address it likes.
 * lib/auth/client-address.ts reads the stamp (SOCKET_ADDRESS_HEADER there must match this name).
 */
import http from "node:http";

const HEADER = "x-portal-socket-address";
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitWithSocketAddress(event, ...args) {
  if (event === "request") {
    const request = args[0];
    request.headers[HEADER] = request.socket?.remoteAddress ?? "";
  }
  return emit.call(this, event, ...args);
};
