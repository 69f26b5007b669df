import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  networkFailure,
  parseRetryAfter,
  type RetryPolicy,
  statusVerdict,
  withRetries,
} from '../../src/services/retry.js';
import { refusedUrl } from '../reliability/helpers.js';

const POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 10, maxDelayMs: 40, budgetMs: 1000 };

describe('withRetries', () => {
  it('retries a retryable failure and returns the first success', async () => {
    let calls = 0;
    const notices: number[] = [];
    const result = await withRetries(
      async () => {
        calls += 1;
        if (calls < 3) throw new Error('flaky');
        return 'ok';
      },
      () => ({ retry: true, reason: 'flaky' }),
      POLICY,
      (n) => notices.push(n.attempt),
    );
    expect(result).toBe('ok');
    expect(calls).toBe(3);
    expect(notices).toEqual([1, 2]);
  });

  it('stops after the last attempt and throws the last error', async () => {
    let calls = 0;
    const failing = withRetries(
      async () => {
        calls += 1;
        throw new Error(`failure ${calls}`);
      },
      () => ({ retry: true, reason: 'x' }),
      POLICY,
    );
    await expect(failing).rejects.toThrow('failure 4');
  });

  it('does not retry what the classifier refuses', async () => {
    let calls = 0;
    const failing = withRetries(
      async () => {
        calls += 1;
        throw new Error('bad request');
      },
      () => ({ retry: false }),
      POLICY,
    );
    await expect(failing).rejects.toThrow('bad request');
    expect(calls).toBe(1);
  });

  it('waits for Retry-After, and gives up at once when it is beyond the budget', async () => {
    let calls = 0;
    const started = Date.now();
    const failing = withRetries(
      async () => {
        calls += 1;
        throw new Error('429');
      },
      () => ({ retry: true, reason: 'HTTP 429', afterMs: 5000 }),
      POLICY,
    );
    await expect(failing).rejects.toThrow('429');
    expect(calls).toBe(1);
    expect(Date.now() - started).toBeLessThan(100);
  });
});

describe('retry helpers', () => {
  it('backs off exponentially with jitter, capped', () => {
    const policy = { ...POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(policy, 1, () => 0)).toBe(50);
    expect(backoffDelay(policy, 1, () => 1)).toBe(100);
    expect(backoffDelay(policy, 3, () => 1)).toBe(400);
    expect(backoffDelay(policy, 10, () => 1)).toBe(1000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('retries 429 and 5xx, not other statuses', () => {
    expect(statusVerdict(429, 2000)).toEqual({ retry: true, reason: 'HTTP 429', afterMs: 2000 });
    expect(statusVerdict(503, undefined)).toEqual({ retry: true, reason: 'HTTP 503' });
    expect(statusVerdict(404, undefined)).toEqual({ retry: false });
  });

  it('recognises refused connections and timeouts as network failures', async () => {
    const refused = await fetch(await refusedUrl()).catch((e: unknown) => e);
    expect(networkFailure(refused)).toBe('ECONNREFUSED');
    expect(networkFailure(new DOMException('timed out', 'TimeoutError'))).toBe('timeout');
    expect(networkFailure(new Error('a bug'))).toBeUndefined();
  });
});
