import type { ChildProcess } from "node:child_process";
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { DEFAULT_RESTART_POLICY, describeExit, nextRestartDelay, superviseServer, type SupervisorClock } from "./supervise-server";

class FakeChild extends EventEmitter {
  signals: string[] = [];
  constructor(readonly pid: number) {
    super();
  }
  kill(signal: NodeJS.Signals) {
    this.signals.push(signal);
    return true;
  }
  exit(code: number | null, signal: NodeJS.Signals | null) {
    this.emit("exit", code, signal);
  }
}

/** A clock the test moves by hand: timers fire only when `advance` passes them. */
function fakeClock() {
  let now = 0;
  let timers: Array<{ at: number; run: () => void; id: number }> = [];
  let nextId = 1;
  const clock: SupervisorClock & { advance(ms: number): void; pending(): number[] } = {
    now: () => now,
    setTimeout(run, ms) {
      const id = nextId++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout(id) {
      timers = timers.filter((t) => t.id !== id);
    },
    advance(ms) {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers = timers.filter((t) => t !== timer);
        timer.run();
      }
    },
    pending: () => timers.map((t) => t.at - now),
  };
  return clock;
}

function harness() {
  const clock = fakeClock();
  const children: FakeChild[] = [];
  const lines: string[] = [];
  const supervisor = superviseServer(
    () => {
      const child = new FakeChild(100 + children.length);
      children.push(child);
      return child as unknown as ChildProcess;
    },
    { clock, log: (line) => lines.push(line) },
  );
  return { clock, children, lines, supervisor, last: () => children[children.length - 1]! };
}

describe("nextRestartDelay", () => {
  const policy = DEFAULT_RESTART_POLICY;
  it("waits 1 s first, doubles after each quick crash up to 30 s, and starts over after a stable run", () => {
    expect(nextRestartDelay(null, 0, policy)).toBe(1_000);
    expect(nextRestartDelay(1_000, 500, policy)).toBe(2_000);
    expect(nextRestartDelay(16_000, 500, policy)).toBe(30_000);
    expect(nextRestartDelay(30_000, 59_999, policy)).toBe(30_000);
    expect(nextRestartDelay(30_000, 60_000, policy)).toBe(1_000);
  });
});

describe("describeExit", () => {
  it("names the signal that killed the process, or its exit code", () => {
    expect(describeExit(null, "SIGKILL")).toBe("tín hiệu SIGKILL");
    expect(describeExit(1, null)).toBe("mã thoát 1");
  });
});

describe("superviseServer", () => {
  it("starts the server again after a crash, with a growing delay, and logs why", () => {
    const h = harness();
    expect(h.children).toHaveLength(1);
    h.clock.advance(5_000);
    h.last().exit(null, "SIGKILL");
    expect(h.lines.at(-1)).toMatch(/pid 100\) dừng bất thường \(tín hiệu SIGKILL\) sau 5 s; khởi động lại sau 1 s \(lần 1\)/);
    h.clock.advance(999);
    expect(h.children).toHaveLength(1);
    h.clock.advance(1);
    expect(h.children).toHaveLength(2);
    expect(h.lines.at(-1)).toBe("Máy chủ đã khởi động (pid 101).");
    h.last().exit(1, null);
    expect(h.lines.at(-1)).toMatch(/mã thoát 1.*sau 2 s \(lần 2\)/);
    h.clock.advance(2_000);
    h.last().exit(1, null);
    expect(h.clock.pending()).toEqual([4_000]);
    h.clock.advance(4_000);
    h.clock.advance(60_000);
    h.last().exit(null, "SIGSEGV");
    expect(h.clock.pending()).toEqual([1_000]);
  });

  it("passes SIGTERM on, does not restart after the server stops, and resolves once it has exited", async () => {
    const h = harness();
    let done = false;
    const stopping = h.supervisor.stop("SIGTERM").then(() => (done = true));
    expect(h.last().signals).toEqual(["SIGTERM"]);
    await Promise.resolve();
    expect(done).toBe(false);
    h.last().exit(null, "SIGTERM");
    await stopping;
    h.clock.advance(120_000);
    expect(h.children).toHaveLength(1);
    expect(h.lines.at(-1)).toBe("Máy chủ đã dừng (tín hiệu SIGTERM).");
  });

  it("kills a server that does not stop within the grace period", async () => {
    const h = harness();
    const stopping = h.supervisor.stop("SIGINT");
    h.clock.advance(DEFAULT_RESTART_POLICY.stopGraceMs);
    expect(h.last().signals).toEqual(["SIGINT", "SIGKILL"]);
    h.last().exit(null, "SIGKILL");
    await stopping;
    expect(h.children).toHaveLength(1);
  });

  it("cancels a pending restart when asked to stop while waiting", async () => {
    const h = harness();
    h.last().exit(1, null);
    await h.supervisor.stop("SIGTERM");
    h.clock.advance(60_000);
    expect(h.children).toHaveLength(1);
  });
});

describe("superviseServer when the server cannot be started", () => {
  it("logs why and tries again with backoff instead of crashing", () => {
    const clock = fakeClock();
    const lines: string[] = [];
    let attempts = 0;
    superviseServer(
      () => {
        attempts += 1;
        const child = new FakeChild(0);
        Object.defineProperty(child, "pid", { value: undefined });
        queueMicrotask(() => child.emit("error", new Error("spawn ENOENT")));
        return child as unknown as ChildProcess;
      },
      { clock, log: (line) => lines.push(line) },
    );
    return Promise.resolve().then(() => {
      expect(lines.at(-1)).toMatch(/không khởi động được: spawn ENOENT.*khởi động lại sau 1 s/);
      clock.advance(1_000);
      expect(attempts).toBe(2);
    });
  });
});
