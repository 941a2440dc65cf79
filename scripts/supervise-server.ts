import type { ChildProcess } from "node:child_process";

/**
 * How `npm start` restarts a crashed server: the first restart waits `initialDelayMs`, each quick crash
 * after that doubles the wait up to `maxDelayMs`, and a run that lasted `stableAfterMs` starts over —
 * the policy of a process manager (systemd's RestartSec with a steps limit, pm2's exponential backoff).
 */
export interface RestartPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
  stableAfterMs: number;
  /** How long a stop request waits for the server before killing it. */
  stopGraceMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { initialDelayMs: 1_000, maxDelayMs: 30_000, stableAfterMs: 60_000, stopGraceMs: 10_000 };

/** The wait before the next start, given the previous wait (null before the first restart) and how long the run lasted. */
export function nextRestartDelay(previousDelayMs: number | null, ranForMs: number, policy: RestartPolicy): number {
  if (previousDelayMs === null || ranForMs >= policy.stableAfterMs) return policy.initialDelayMs;
  return Math.min(previousDelayMs * 2, policy.maxDelayMs);
}

/** Why a process ended, for the log: the signal that killed it, or its exit code. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `tín hiệu ${signal}` : `mã thoát ${code ?? "?"}`;
}

export interface SupervisorClock {
  now(): number;
  setTimeout(run: () => void, ms: number): { unref?: () => unknown } | unknown;
  clearTimeout(timer: unknown): void;
}

const realClock: SupervisorClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout),
};

export interface Supervisor {
  /** Stops the server with `signal` (killing it after the grace period) and never restarts it again. */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Runs `start()` and starts it again whenever the process ends without having been asked to stop,
 * after the policy's delay, logging why it ended and when it comes back.
 */
export function superviseServer(
  start: () => ChildProcess,
  options: { policy?: RestartPolicy; log?: (line: string) => void; clock?: SupervisorClock } = {},
): Supervisor {
  const policy = options.policy ?? DEFAULT_RESTART_POLICY;
  const log = options.log ?? ((line: string) => console.error(line));
  const clock = options.clock ?? realClock;
  let child: ChildProcess | null = null;
  let startedAt = 0;
  let delay: number | null = null;
  let restarts = 0;
  let pendingRestart: unknown = null;
  let stopping = false;
  let stopped: (() => void) | null = null;
  let stopRequest: Promise<void> | null = null;

  const launch = () => {
    pendingRestart = null;
    startedAt = clock.now();
    const current = start();
    child = current;
    log(`Máy chủ đã khởi động (pid ${current.pid ?? "?"}).`);
    let ended = false;
    const onEnd = (reason: string) => {
      if (ended) return;
      ended = true;
      child = null;
      if (stopping) {
        log(`Máy chủ đã dừng (${reason}).`);
        stopped?.();
        return;
      }
      const ranFor = clock.now() - startedAt;
      delay = nextRestartDelay(delay, ranFor, policy);
      restarts += 1;
      log(
        `Máy chủ (pid ${current.pid ?? "?"}) dừng bất thường (${reason}) sau ${Math.round(ranFor / 1000)} s; ` +
          `khởi động lại sau ${delay / 1000} s (lần ${restarts}).`,
      );
      pendingRestart = clock.setTimeout(launch, delay);
    };
    current.once("exit", (code: number | null, signal: NodeJS.Signals | null) => onEnd(describeExit(code, signal)));
    // A process that could not be started at all emits only "error"; one that ran also emits "exit".
    current.on("error", (error: Error) => {
      if (current.pid === undefined) onEnd(`không khởi động được: ${error.message}`);
      else log(`Máy chủ (pid ${current.pid}): ${error.message}`);
    });
  };
  launch();

  return {
    stop(signal) {
      stopping = true;
      if (pendingRestart !== null) clock.clearTimeout(pendingRestart);
      pendingRestart = null;
      const running = child;
      if (!running) return Promise.resolve();
      // A second Ctrl-C while stopping is passed on; the stop already under way is the one to wait for.
      if (stopRequest) {
        running.kill(signal);
        return stopRequest;
      }
      stopRequest = new Promise<void>((resolve) => {
        const killer = clock.setTimeout(() => running.kill("SIGKILL"), policy.stopGraceMs);
        stopped = () => {
          clock.clearTimeout(killer);
          resolve();
        };
        running.kill(signal);
      });
      return stopRequest;
    },
  };
}
