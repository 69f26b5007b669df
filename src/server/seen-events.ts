/** Event ids answered recently, to answer an event a platform delivers again only once. */
export interface SeenEvents {
  /** True the first time an id is seen within the time-to-live. */
  firstTime(id: string): boolean;
}

/**
 * A bounded memory of event ids. Slack retries an unacknowledged event up to three times over
 * about five minutes (https://api.slack.com/apis/events-api#retries), so 15 minutes is enough.
 */
export function createSeenEvents(max = 5000, ttlMs = 15 * 60_000, now = Date.now): SeenEvents {
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
