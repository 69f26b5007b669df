import { describe, expect, it } from 'vitest';
import { createRateLimiter, rateLimitNotice } from '../../src/services/rate-limit.js';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('createRateLimiter', () => {
  it('allows the limit, then refuses with one notice per flood', () => {
    const time = clock();
    const limiter = createRateLimiter({ perWindow: 3, now: time.now });
    const decisions = Array.from({ length: 8 }, () => limiter.check('u1'));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(3);
    const refused = decisions.filter((d) => !d.allowed);
    expect(refused.filter((d) => d.notify)).toHaveLength(1);
    expect(refused[0]).toMatchObject({ allowed: false, notify: true, asked: 3 });
  });

  it('keeps people apart', () => {
    const limiter = createRateLimiter({ perWindow: 1 });
    expect(limiter.check('a').allowed).toBe(true);
    expect(limiter.check('a').allowed).toBe(false);
    expect(limiter.check('b').allowed).toBe(true);
  });

  it('answers again once the oldest question leaves the window, and notifies the next flood', () => {
    const time = clock();
    const limiter = createRateLimiter({ perWindow: 2, windowMs: 60_000, now: time.now });
    limiter.check('u');
    time.advance(30_000);
    limiter.check('u');
    const refused = limiter.check('u');
    expect(refused).toMatchObject({ allowed: false, notify: true, retryAfterMs: 30_000 });
    time.advance(29_999);
    expect(limiter.check('u')).toMatchObject({ allowed: false, notify: false });
    time.advance(1);
    expect(limiter.check('u').allowed).toBe(true);
    expect(limiter.check('u')).toMatchObject({ allowed: false, notify: true });
  });

  it('does not count refused questions, so a flood cannot lock someone out for longer', () => {
    const time = clock();
    const limiter = createRateLimiter({ perWindow: 1, windowMs: 1000, now: time.now });
    limiter.check('u');
    for (let i = 0; i < 100; i++) limiter.check('u');
    time.advance(1000);
    expect(limiter.check('u').allowed).toBe(true);
  });

  it('is off at 0', () => {
    const limiter = createRateLimiter({ perWindow: 0 });
    for (let i = 0; i < 1000; i++) expect(limiter.check('u').allowed).toBe(true);
    expect(limiter.size).toBe(0);
  });

  it('bounds its memory by forgetting the least recently seen people', () => {
    const limiter = createRateLimiter({ perWindow: 1, maxUsers: 100 });
    for (let i = 0; i < 10_000; i++) limiter.check(`user-${i}`);
    expect(limiter.size).toBe(100);
    // The most recent people are still limited.
    expect(limiter.check('user-9999').allowed).toBe(false);
  });

  it('words the notice politely, with the count and the wait', () => {
    expect(rateLimitNotice({ asked: 20, retryAfterMs: 12_300 })).toBe(
      "You've asked 20 questions in the last minute; please wait a moment (about 13 s) and ask again.",
    );
  });
});
