import { describe, expect, it } from 'vitest';
import { postActivity } from '../adapters/teams/helpers/teams-server.js';
import { waitFor } from '../helpers/fake-slack-api.js';
import { health, pause, refusedUrl, teamsMessage, useBothServers } from './helpers.js';

// Connector calls: 3 tries, 20-50 ms apart, 1 s timeout, 3 s budget (production: 4 tries,
// 0.5-4 s apart, 5 s timeout, 10 s budget; see adapters/teams/connector-retry.ts).
const s = useBothServers();

const ask = (text: string, serviceUrl = s.connector.url) =>
  postActivity(s.url, teamsMessage(serviceUrl, text));

const handled = () => s.recent().filter((l) => String(l.msg).startsWith('message handled'));

describe('Teams connector faults: retried within limits, then dropped with a log line', () => {
  it('retries 5xx answers and delivers the reply once', async () => {
    s.connector.fail(503, 2);
    expect((await ask('who leads WP1?')).status).toBe(200);
    expect(s.connector.calls).toHaveLength(3);
    expect(handled()).toMatchObject([{ adapter: 'teams', delivered: true }]);
    expect(s.recent().filter((l) => l.msg === 'Teams connector call retried')).toHaveLength(2);
  });

  it('waits for Retry-After on a 429, then delivers', async () => {
    s.connector.fail(429, 1, { 'retry-after': '1' });
    const started = Date.now();
    expect((await ask('who leads WP2?')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(s.connector.calls).toHaveLength(2);
    expect(handled()).toMatchObject([{ delivered: true }]);
  });

  it('drops at once when Retry-After is beyond the budget, and logs it', async () => {
    s.connector.fail(429, 1, { 'retry-after': '120' });
    const started = Date.now();
    expect((await ask('who leads WP3?')).status).toBeLessThan(500);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(s.connector.calls).toHaveLength(1);
    expect(handled()).toMatchObject([{ delivered: false }]);
    expect(s.recentRaw()).toContain('Teams turn failed');
  });

  it('times out a hung connector call and retries it', async () => {
    s.connector.stall(1500);
    expect((await ask('who leads WP4?')).status).toBe(200);
    expect(s.connector.calls).toHaveLength(2);
    const retried = s.recent().find((l) => l.msg === 'Teams connector call retried');
    expect(retried?.reason).toBe('timeout');
  });

  it('gives up after the last try on a connector that keeps failing', async () => {
    s.connector.fail(500, 10);
    expect((await ask('who leads WP5?')).status).toBeLessThan(500);
    expect(s.connector.calls).toHaveLength(3);
    expect(handled()).toMatchObject([{ delivered: false }]);
    s.connector.fail(500, 0);
  });

  it('drops a reply to a serviceUrl that refuses connections, and keeps answering', async () => {
    const res = await ask('who leads WP6?', await refusedUrl('/teams/'));
    expect(res.status).toBeLessThan(500);
    const retried = s.recent().filter((l) => l.msg === 'Teams connector call retried');
    expect(retried.map((l) => l.reason)).toEqual(['ECONNREFUSED', 'ECONNREFUSED']);
    expect(await health(s.url)).toBe(200);
    expect((await ask('who leads WP7?')).status).toBe(200);
    expect(s.connector.calls).toHaveLength(1);
  });

  it('answers someone else while one reply waits on a slow connector', async () => {
    s.connector.stall(800);
    const slow = ask('who leads WP1?');
    await waitFor(() => s.connector.calls.length === 1, 2000, 'the slow call');
    const started = Date.now();
    expect((await ask('who leads WP2?')).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(500);
    expect((await slow).status).toBe(200);
    await pause(100);
    expect(s.connector.calls).toHaveLength(2);
  });
});
