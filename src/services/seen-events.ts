/**
 * Event ids answered recently, to answer an event a platform delivers again only once. Shared
 * by replicas through Redis (stores.ts), hence the promise; the memory one answers at once.
 */
export interface SeenEvents {
  /** True the first time an id is seen within the time-to-live. */
  firstTime(id: string): boolean | Promise<boolean>;
}

/** How long an id is remembered: see {@link createSeenEvents}. */
export const SEEN_EVENTS_TTL_MS = 15 * 60_000;

/**
 * A bounded memory of event ids. Slack retries an unacknowledged event up to three times over
 * about five minutes (https://api.slack.com/apis/events-api#retries), so 15 minutes is enough.
 */
export function createSeenEvents(
  max = 5000,
  ttlMs = SEEN_EVENTS_TTL_MS,
  now = Date.now,
): { firstTime(id: string): boolean } {
  const seen = new Map<string, number>();
  return {
    firstTime(id) {
      const at = now();
      // A Map iterates in insertion order, so the oldest entries come first.
      for (const [key, time] of seen) {
        if (at - time <= ttlMs && seen.size < max) break;
        seen.delete(key);
      }
      if (seen.has(id)) return false;
      seen.set(id, at);
      return true;
    },
  };
}
