/** Lets each distinct log message through once a window, and counts the ones it holds back. */
export interface LogLimiter {
  /**
   * Undefined when the message is held back; otherwise how many like it were held back since it
   * last passed, for the line that is written.
   */
  pass(key: string): { suppressed: number } | undefined;
}

/**
 * A flood of bad requests would otherwise write a log line each. Keys should be the reason's
 * wording, not the caller's data; at most `maxKeys` are tracked, and new ones beyond that are held
 * back until old ones expire.
 */
export function createLogLimiter(
  windowMs = 60_000,
  maxKeys = 100,
  now: () => number = Date.now,
): LogLimiter {
  const seen = new Map<string, { until: number; suppressed: number }>();
  return {
    pass(key) {
      const time = now();
      const entry = seen.get(key);
      if (entry && time < entry.until) {
        entry.suppressed += 1;
        return undefined;
      }
      if (!entry && seen.size >= maxKeys) {
        for (const [k, e] of seen) if (time >= e.until) seen.delete(k);
        if (seen.size >= maxKeys) return undefined;
      }
      seen.set(key, { until: time + windowMs, suppressed: 0 });
      return { suppressed: entry?.suppressed ?? 0 };
    },
  };
}
