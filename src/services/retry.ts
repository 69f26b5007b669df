/** How an outbound call to a chat platform is retried. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** First back-off; each retry doubles it, up to `maxDelayMs`, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** No retry starts after this long since the first try; a longer Retry-After gives up. */
  budgetMs: number;
}

/** Whether a failure is worth another try, and after how long the platform asked us to wait. */
export type RetryVerdict = { retry: false } | { retry: true; afterMs?: number; reason: string };

/** What {@link withRetries} reports before each retry, for a log line. */
export interface RetryNotice {
  attempt: number;
  delayMs: number;
  reason: string;
}

/** The wait before retry `attempt` (1 for the first retry): doubling, with equal jitter. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Reads a Retry-After header: delay-seconds or an HTTP date, in milliseconds; undefined when
 * absent or unreadable (https://httpwg.org/specs/rfc9110.html#field.retry-after).
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task`, retrying the failures `classify` calls retryable: after the platform's
 * Retry-After when given, else with exponential back-off, within `policy`. Throws the last
 * error when the attempts or the time budget run out, so the caller can log and drop.
 */
export async function withRetries<T>(
  task: () => Promise<T>,
  classify: (error: unknown) => RetryVerdict,
  policy: RetryPolicy,
  onRetry?: (notice: RetryNotice) => void,
): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      const verdict = classify(error);
      if (!verdict.retry || attempt >= policy.attempts) throw error;
      const delayMs = verdict.afterMs ?? backoffDelay(policy, attempt);
      if (Date.now() - started + delayMs > policy.budgetMs) throw error;
      onRetry?.({ attempt, delayMs, reason: verdict.reason });
      await sleep(delayMs);
    }
  }
}

/** Network failures worth retrying: refused, reset, unreachable, DNS, and timeouts. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
]);

/** Why a fetch failed without an HTTP status, when it is worth retrying; else undefined. */
export function networkFailure(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timeout';
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = (error as { code?: unknown }).code ?? cause?.code;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
  return error instanceof TypeError && error.message === 'fetch failed'
    ? 'fetch failed'
    : undefined;
}

/** The verdict for an HTTP status: 429 and 5xx are retried (429 after `retryAfterMs`). */
export function statusVerdict(status: number, retryAfterMs: number | undefined): RetryVerdict {
  if (status === 429)
    return {
      retry: true,
      reason: 'HTTP 429',
      ...(retryAfterMs === undefined ? {} : { afterMs: retryAfterMs }),
    };
  if (status >= 500) return { retry: true, reason: `HTTP ${status}` };
  return { retry: false };
}
