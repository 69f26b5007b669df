/** What the rate limiter says about one more question from a person. */
export type RateDecision =
  | { allowed: true }
  /** `notify` is true once per flood: the first refused question gets the polite notice. */
  | { allowed: false; notify: boolean; asked: number; retryAfterMs: number };

/**
 * A per-person limit on questions, shared by every adapter (and by replicas through Redis, see
 * stores.ts, hence the promise; the memory one decides at once).
 */
export interface RateLimiter {
  /** Records a question from `user` (a platform-qualified id) and says whether to answer it. */
  check(user: string): RateDecision | Promise<RateDecision>;
}

/** The limiter in this process's memory. */
export interface MemoryRateLimiter extends RateLimiter {
  check(user: string): RateDecision;
  /** People currently remembered; bounded by `maxUsers`. */
  readonly size: number;
}

/** The window every limit counts in: the variable is RATE_LIMIT_PER_MINUTE. */
export const RATE_WINDOW_MS = 60_000;

/** Options for {@link createRateLimiter}. */
export interface RateLimitOptions {
  /** Questions allowed in any window; 0 or less turns the limit off. */
  perWindow: number;
  windowMs?: number;
  /** Most people remembered at once; the least recently seen are forgotten first. */
  maxUsers?: number;
  now?: () => number;
}

interface UserWindow {
  /** Times of the questions answered within the window, oldest first. */
  times: number[];
  /** True once the notice was sent, until the window frees a slot. */
  notified: boolean;
}

/**
 * A sliding-window limiter: at most `perWindow` answered questions per person in any
 * `windowMs`. Refused questions do not count, so a script that keeps flooding is answered again
 * as soon as its oldest answered question leaves the window, and gets one notice per flood.
 * Memory is bounded: at most `perWindow` times per person and `maxUsers` people.
 */
export function createRateLimiter(options: RateLimitOptions): MemoryRateLimiter {
  const { perWindow, windowMs = RATE_WINDOW_MS, maxUsers = 10_000, now = Date.now } = options;
  const users = new Map<string, UserWindow>();
  return {
    get size() {
      return users.size;
    },
    check(user) {
      if (perWindow <= 0) return { allowed: true };
      const at = now();
      let state = users.get(user);
      // Re-inserting keeps the Map in least-recently-seen order, so eviction takes the oldest.
      if (state) users.delete(user);
      else state = { times: [], notified: false };
      users.set(user, state);
      while (users.size > maxUsers) {
        const oldest = users.keys().next().value;
        if (oldest === undefined) break;
        users.delete(oldest);
      }
      while (state.times.length > 0 && at - (state.times[0] ?? at) >= windowMs) state.times.shift();
      if (state.times.length < perWindow) {
        state.times.push(at);
        state.notified = false;
        return { allowed: true };
      }
      const notify = !state.notified;
      state.notified = true;
      const retryAfterMs = Math.max(0, (state.times[0] ?? at) + windowMs - at);
      return { allowed: false, notify, asked: state.times.length, retryAfterMs };
    },
  };
}

/** The polite notice sent once when someone is over the limit. */
export function rateLimitNotice(decision: { asked: number; retryAfterMs: number }): string {
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  return `You've asked ${decision.asked} questions in the last minute; please wait a moment (about ${seconds} s) and ask again.`;
}
