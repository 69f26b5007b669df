import { describe, expect, it } from 'vitest';
import { teamsActivity } from './helpers/fixtures.js';
import { postActivity, useTeamsServer } from './helpers/teams-server.js';

const t = useTeamsServer();

describe('Teams endpoint, refusals', () => {
  it.each([
    ['invalid JSON', '{"type": "message", ', /invalid JSON/],
    ['an array', '[]', /expected an activity/],
    ['no type', { type: undefined }, /activity\.type/],
    ['no serviceUrl', { serviceUrl: undefined }, /activity\.serviceUrl/],
    ['a serviceUrl that is not a URL', { serviceUrl: 'not a url' }, /activity\.serviceUrl/],
    ['no conversation', { conversation: undefined }, /activity\.conversation/],
    ['no sender', { from: undefined }, /activity\.from/],
    ['entities that are not a list', { entities: 'nope' }, /activity\.entities/],
  ])(
    'answers %s with 400 and a clear error, sends nothing, keeps serving',
    async (_n, input, error) => {
      const body =
        typeof input === 'string'
          ? input
          : { ...teamsActivity('personal-chat', t.connector.url), ...input };
      const res = await postActivity(t.server.url, body);
      expect(res.status).toBe(400);
      expect((res.body as { error: string }).error).toMatch(error);
      expect(t.connector.calls).toHaveLength(0);
      const next = await postActivity(
        t.server.url,
        teamsActivity('personal-chat', t.connector.url),
      );
      expect(next.status).toBe(200);
    },
  );

  it('refuses an activity larger than the body limit with 413', async () => {
    const activity = teamsActivity('personal-chat', t.connector.url, { text: 'x'.repeat(300_000) });
    const res = await postActivity(t.server.url, activity);
    expect(res.status).toBe(413);
    expect(t.connector.calls).toHaveLength(0);
  });

  it('refuses a body that is not JSON', async () => {
    const res = await postActivity(t.server.url, 'type=message', { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
    expect(t.connector.calls).toHaveLength(0);
  });

  it('refuses a non-loopback serviceUrl in anonymous mode, and logs why', async () => {
    const activity = teamsActivity('personal-chat', 'https://smba.trafficmanager.net/emea/');
    const res = await postActivity(t.server.url, activity);
    expect(res.status).toBe(400);
    expect((res.body as { error: string }).error).toMatch(/serviceUrl .* not allowed/);
    const refused = t.server.logs.findLast((l) => l.msg === 'Teams activity refused');
    expect(String(refused?.error)).toContain('smba.trafficmanager.net');
  });

  it('logs a connector error without crashing, then answers the next message', async () => {
    // A 4xx is not retried (5xx, 429 and timeouts are: test/reliability/faults.test.ts).
    t.connector.fail(400);
    const res = await postActivity(t.server.url, teamsActivity('personal-chat', t.connector.url));
    expect(res.status).toBeLessThan(500);
    expect(t.connector.calls).toHaveLength(1);
    const failure = t.server.logs.findLast((l) => l.msg === 'Teams turn failed');
    expect(failure).toBeDefined();
    t.connector.calls.length = 0;
    expect(
      (await postActivity(t.server.url, teamsActivity('personal-chat', t.connector.url))).status,
    ).toBe(200);
    expect(t.connector.calls).toHaveLength(1);
  });
});
