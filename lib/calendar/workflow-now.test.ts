import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { exitOnInvalidConfig, parseEnv } from "@/lib/config";
import { parseClockInstant, parseClockOffset } from "./clock-values";
import { readClockSetting, workflowNow } from "./workflow-now";

const dir = mkdtempSync(path.join(tmpdir(), "workflow-now-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the workflow clock's now", () => {
  it("reads offsets in days, hours, minutes, seconds and milliseconds", () => {
    expect(parseClockOffset("+3d")).toBe(3 * 86_400_000);
    expect(parseClockOffset("+36h")).toBe(36 * 3_600_000);
    expect(parseClockOffset("-90m")).toBe(-90 * 60_000);
    expect(parseClockOffset("45s")).toBe(45_000);
    expect(parseClockOffset("1500")).toBe(1500);
    expect(parseClockOffset("+1.5d")).toBe(1.5 * 86_400_000);
    for (const bad of ["", "3 days", "+d", "3w", "soon"]) expect(parseClockOffset(bad)).toBeNull();
  });

  it("reads ISO instants only with a zone", () => {
    expect(parseClockInstant("2026-12-10T09:00:00+07:00")?.toISOString()).toBe("2026-12-10T02:00:00.000Z");
    expect(parseClockInstant("2026-12-10T02:00Z")?.toISOString()).toBe("2026-12-10T02:00:00.000Z");
    expect(parseClockInstant("2026-12-10T09:00:00")).toBeNull();
    expect(parseClockInstant("2026-13-45T09:00:00Z")).toBeNull();
  });

  it("is real time when nothing is configured", () => {
    const before = Date.now();
    const now = workflowNow(parseEnv({})).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it("is fixed by PORTAL_NOW and shifted by PORTAL_CLOCK_OFFSET", () => {
    expect(workflowNow(parseEnv({ PORTAL_NOW: "2026-12-10T09:00:00+07:00" })).toISOString()).toBe("2026-12-10T02:00:00.000Z");
    const shifted = workflowNow(parseEnv({ PORTAL_CLOCK_OFFSET: "+3d" })).getTime() - Date.now();
    expect(Math.abs(shifted - 3 * 86_400_000)).toBeLessThan(1000);
  });

  it("re-reads PORTAL_CLOCK_FILE, so a test moves time while the server runs", () => {
    const file = path.join(dir, "clock");
    const env = parseEnv({ PORTAL_CLOCK_FILE: file });
    expect(Math.abs(workflowNow(env).getTime() - Date.now())).toBeLessThan(1000);
    writeFileSync(file, "2026-12-20T10:00:00+07:00\n");
    expect(workflowNow(env).toISOString()).toBe("2026-12-20T03:00:00.000Z");
    writeFileSync(file, "+2d");
    expect(Math.abs(workflowNow(env).getTime() - Date.now() - 2 * 86_400_000)).toBeLessThan(1000);
    writeFileSync(file, "");
    expect(readClockSetting(env)).toEqual({ kind: "real" });
    writeFileSync(file, "next tuesday");
    expect(() => workflowNow(env)).toThrow(/PORTAL_CLOCK_FILE/);
  });

  it("refuses bad values with a message naming the variable", () => {
    expect(() => parseEnv({ PORTAL_NOW: "10/12/2026" })).toThrow(/PORTAL_NOW="10\/12\/2026" không hợp lệ; chấp nhận: một thời điểm ISO có múi giờ/);
    expect(() => parseEnv({ PORTAL_CLOCK_OFFSET: "three days" })).toThrow(/PORTAL_CLOCK_OFFSET="three days" không hợp lệ; chấp nhận: một độ lệch/);
    expect(() => parseEnv({ PORTAL_NOW: "2026-12-10T09:00:00Z", PORTAL_CLOCK_OFFSET: "+1d" })).toThrow(
      /chỉ đặt một trong PORTAL_NOW, PORTAL_CLOCK_OFFSET/,
    );
  });

  it("is refused in production unless PORTAL_CLOCK_IN_PRODUCTION=1", () => {
    expect(() => parseEnv({ NODE_ENV: "production", PORTAL_CLOCK_OFFSET: "+3d" })).toThrow(/PORTAL_CLOCK_OFFSET.*production/);
    const allowed = parseEnv({ NODE_ENV: "production", PORTAL_CLOCK_OFFSET: "+3d", PORTAL_CLOCK_IN_PRODUCTION: "1" });
    expect(readClockSetting(allowed)).toEqual({ kind: "offset", ms: 3 * 86_400_000 });
    expect(readClockSetting(parseEnv({ NODE_ENV: "production" }))).toEqual({ kind: "real" });
  });

  it("stops the server at start with the message when misconfigured", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation(() => undefined as never);
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      exitOnInvalidConfig({ PORTAL_CLOCK_OFFSET: "+3d" });
      expect(exit).not.toHaveBeenCalled();
      exitOnInvalidConfig({ NODE_ENV: "production", PORTAL_CLOCK_OFFSET: "+3d" });
      expect(exit).toHaveBeenCalledWith(1);
      expect(error.mock.calls[0]?.[0]).toMatch(
        /^Không khởi động được\. Cấu hình không hợp lệ:\n {2}- PORTAL_CLOCK_OFFSET=.*PORTAL_CLOCK_IN_PRODUCTION=1/,
      );
    } finally {
      exit.mockRestore();
      error.mockRestore();
    }
  });
});
