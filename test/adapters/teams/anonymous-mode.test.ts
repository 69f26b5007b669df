import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../src/app/start-server.js';
import { chooseStart } from '../../../src/cli/serve.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { type FakeSlackApi, startFakeSlackApi } from '../../helpers/fake-slack-api.js';
import { realBot } from '../../helpers/real-bot.js';
import { startSlackServer } from '../../helpers/slack-server.js';
import { postBytes } from '../../reliability/helpers.js';
import { teamsActivity } from './helpers/fixtures.js';
import { postActivity, useTeamsServer } from './helpers/teams-server.js';

describe('anonymous Teams is an explicit choice', () => {
  let fake: FakeSlackApi;
  beforeAll(async () => {
    fake = await startFakeSlackApi();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('stays off in a Slack-only configuration on loopback, where a tunnel makes callers local', async () => {
    const { server } = await startSlackServer(fake, { TEAMS_DEV_ANONYMOUS: 'false' });
    try {
      const health = (await (await fetch(`${server.url}/healthz`)).json()) as {
        adapters: Record<string, string>;
      };
      expect(health.adapters).toEqual({ slack: 'http', teams: 'off' });
      const activity = teamsActivity('personal-chat', 'http://127.0.0.1:9/teams/');
      expect((await postActivity(server.url, activity)).status).toBe(503);
    } finally {
      await server.stop();
    }
  });

  it('is announced on /healthz and as a warning in the log when chosen', async () => {
    const { server, logs } = await startSlackServer(fake);
    try {
      const health = (await (await fetch(`${server.url}/healthz`)).json()) as {
        adapters: Record<string, string>;
      };
      expect(health.adapters.teams).toBe('anonymous-dev');
      const line = logs.lines.find(
        (l) => l.msg === 'Teams endpoint listening on POST /api/messages',
      );
      expect(line?.level).toBe(40);
      expect(String(line?.reason)).toMatch(/^TEAMS_DEV_ANONYMOUS=true: no authentication/);
    } finally {
      await server.stop();
    }
  });

  it('says so in the first line of eucanbot serve', () => {
    const start = chooseStart(loadConfig({ TEAMS_DEV_ANONYMOUS: 'true' }), 'serve');
    expect(start.line).toBe(
      'Starting the server: Teams runs anonymously for local development (TEAMS_DEV_ANONYMOUS=true).',
    );
  });

  it.each([
    ['a HOST name that looks local but does not resolve', 'eucanbot.localhost', /HOST=eucanbot/],
    ['all interfaces', '0.0.0.0', /HOST=0\.0\.0\.0 is not loopback/],
  ])('stops the start on %s, naming TEAMS_DEV_ANONYMOUS', async (_name, host, reason) => {
    const config = { ...loadConfig({ TEAMS_DEV_ANONYMOUS: 'true', HOST: host }), port: 0 };
    const silent = createLogger('error');
    const start = startServer({ config, bot: realBot(), logger: silent });
    await expect(start).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringMatching(/TEAMS_DEV_ANONYMOUS: /),
    });
    await expect(start).rejects.toThrow(reason);
  });
});

describe('the anonymous endpoint refuses requests that did not come straight from this machine', () => {
  const t = useTeamsServer();
  const post = (headers: Record<string, string>) =>
    postBytes(
      `${t.server.url}/api/messages`,
      JSON.stringify(teamsActivity('personal-chat', t.connector.url, { text: 'who leads WP1?' })),
      { 'content-type': 'application/json', ...headers },
    );
  const port = () => new URL(t.server.url).port;

  it.each<[string, () => Record<string, string>]>([
    ['X-Forwarded-For', () => ({ 'x-forwarded-for': '203.0.113.7' })],
    ['Forwarded', () => ({ forwarded: 'for=203.0.113.7;proto=https' })],
    ['X-Forwarded-Host', () => ({ 'x-forwarded-host': 'abc.ngrok.app' })],
    ["a tunnel's Host", () => ({ host: 'abc.ngrok.app' })],
    ['a Host with user info', () => ({ host: `abc.ngrok.app@127.0.0.1:${port()}` })],
  ])('refuses a request with %s: 403, nothing sent', async (_name, headers) => {
    const res = await post(headers());
    expect(res.status).toBe(403);
    expect(res.text).toMatch(
      /TEAMS_DEV_ANONYMOUS=true\) answers only requests made on this machine/,
    );
    expect(t.connector.calls).toHaveLength(0);
    const line = t.server.logs.findLast((l) => l.msg === 'anonymous Teams request refused');
    expect(line?.level).toBe(40);
  });

  it.each([
    ['127.0.0.1', () => `127.0.0.1:${port()}`],
    ['localhost', () => `localhost:${port()}`],
    ['[::1]', () => `[::1]:${port()}`],
  ])('answers a request whose Host is %s', async (_name, host) => {
    const res = await post({ host: host() });
    expect(res.status).toBe(200);
    expect(t.connector.calls).toHaveLength(1);
  });
});
