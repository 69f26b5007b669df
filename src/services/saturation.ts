import { performance } from 'node:perf_hooks';

/**
 * Tells whether the server is saturated by requests to acknowledge: one arrived within the last
 * window and the event loop was busy for at least `threshold` of it. Replies wait while it is
 * (see reply-queue.ts). Measuring the loop, rather than counting requests in progress, keeps
 * replies flowing under a steady load the server can carry, and holds them back only when acks
 * and replies no longer both fit (https://nodejs.org/api/perf_hooks.html#performanceeventlooputilizationutilization1-utilization2).
 */
export interface Saturation {
  /** Records that a request arrived. */
  noteRequest(): void;
  isSaturated(): boolean;
}

/** Options for {@link createSaturation}. */
export interface SaturationOptions {
  /** How far back a request and the loop's use are looked at (default 50 ms). */
  windowMs?: number;
  /** Share of the window the loop must be busy, 0..1 (default 0.8). */
  threshold?: number;
  now?: () => number;
  /** The loop's utilisation, 0..1, since the previous call (default: measured by Node). */
  loopUtilisation?: () => number;
}

/** The event loop's utilisation since the previous call. */
function measureLoop(): () => number {
  let mark = performance.eventLoopUtilization();
  return () => {
    const current = performance.eventLoopUtilization();
    const { utilization } = performance.eventLoopUtilization(current, mark);
    mark = current;
    return utilization;
  };
}

/** Creates a {@link Saturation} gauge. */
export function createSaturation(options: SaturationOptions = {}): Saturation {
  const {
    windowMs = 50,
    threshold = 0.8,
    now = () => performance.now(),
    loopUtilisation = measureLoop(),
  } = options;
  let lastRequest = Number.NEGATIVE_INFINITY;
  let sampledAt = now();
  let recent = 0;
  return {
    noteRequest() {
      lastRequest = now();
    },
    isSaturated() {
      const at = now();
      if (at - lastRequest > windowMs) return false;
      if (at - sampledAt >= windowMs) {
        recent = loopUtilisation();
        sampledAt = at;
      }
      return recent >= threshold;
    },
  };
}
