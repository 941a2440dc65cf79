import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config";
import { devMailboxEnabled } from "./dev-mailbox";

describe("devMailboxEnabled", () => {
  it("is on in development and off in production unless DEV_MAILBOX=1", () => {
    expect(devMailboxEnabled(parseEnv({ NODE_ENV: "development" }))).toBe(true);
    expect(devMailboxEnabled(parseEnv({ NODE_ENV: "production" }))).toBe(false);
    expect(devMailboxEnabled(parseEnv({ NODE_ENV: "production", DEV_MAILBOX: "1" }))).toBe(true);
  });
});
