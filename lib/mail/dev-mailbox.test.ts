import { describe, expect, it } from "vitest";
import { devMailboxEnabled } from "./dev-mailbox";

describe("devMailboxEnabled", () => {
  it("is on in development and off in production unless DEV_MAILBOX=1", () => {
    expect(devMailboxEnabled({ NODE_ENV: "development" } as NodeJS.ProcessEnv)).toBe(true);
    expect(devMailboxEnabled({ NODE_ENV: "production" } as NodeJS.ProcessEnv)).toBe(false);
    expect(devMailboxEnabled({ NODE_ENV: "production", DEV_MAILBOX: "1" } as NodeJS.ProcessEnv)).toBe(true);
  });
});
