import { describe, expect, it } from 'vitest';
import {
  decideTeamsMode,
  type TeamsConfig,
  teamsConfigFrom,
} from '../../../adapters/teams/config.js';
import { loadConfig } from '../../../src/config.js';
import { type ResolveAll, resolvesToLoopback } from '../../../src/services/loopback.js';
import { teamsActivity } from './helpers/fixtures.js';
import { DEV_CONFIG, postActivity, startTeamsServer } from './helpers/teams-server.js';

const APP_ID = '3d1a7c52-8e4b-4f69-a0d2-5b7e9c1f3a84';

/** A resolver for the tests: names to addresses, as /etc/hosts or DNS would give them. */
const hosts: ResolveAll = async (host) => {
  const table: Record<string, string[]> = {
    'dev.example': ['127.0.0.1', '10.0.0.5'],
    'loop.example': ['127.0.0.1', '::1'],
    localhost: ['127.0.0.1', '::1'],
  };
  const found = table[host];
  if (!found) throw new Error(`getaddrinfo ENOTFOUND ${host}`);
  return found;
};

describe('decideTeamsMode', () => {
  it.each<[string, Partial<TeamsConfig>, string, RegExp]>([
    [
      'credentials',
      { appId: APP_ID, appPassword: 'x', host: '0.0.0.0', nodeEnv: 'production' },
      'authenticated',
      /validated/,
    ],
    ['an app id without a password', { appId: APP_ID }, 'authenticated', /managed identity/],
    [
      'no credentials and no TEAMS_DEV_ANONYMOUS, on loopback',
      { devAnonymous: false },
      'off',
      /set TEAMS_DEV_ANONYMOUS=true/,
    ],
    ['TEAMS_DEV_ANONYMOUS on loopback in development', {}, 'anonymous-dev', /local development/],
    [
      'TEAMS_DEV_ANONYMOUS on localhost in test',
      { host: 'localhost', nodeEnv: 'test' },
      'anonymous-dev',
      /local development/,
    ],
    [
      'TEAMS_DEV_ANONYMOUS on a name whose every address is loopback',
      { host: 'loop.example' },
      'anonymous-dev',
      /local development/,
    ],
    [
      'TEAMS_DEV_ANONYMOUS in production',
      { nodeEnv: 'production' },
      'off',
      /NODE_ENV is production/,
    ],
    [
      'TEAMS_DEV_ANONYMOUS on all interfaces',
      { host: '0.0.0.0' },
      'off',
      /HOST=0\.0\.0\.0 is not loopback/,
    ],
    ['TEAMS_DEV_ANONYMOUS on a LAN address', { host: '192.168.1.20' }, 'off', /not loopback/],
    [
      'TEAMS_DEV_ANONYMOUS on a name that looks local and does not resolve',
      { host: 'eucanbot.localhost' },
      'off',
      /HOST=eucanbot\.localhost is not loopback/,
    ],
    [
      'TEAMS_DEV_ANONYMOUS on a name with one address that is not loopback',
      { host: 'dev.example' },
      'off',
      /HOST=dev\.example is not loopback/,
    ],
    [
      'a password without an app id',
      { appPassword: 'x' },
      'off',
      /TEAMS_APP_PASSWORD is set but TEAMS_APP_ID is not/,
    ],
    [
      'a tenant without an app id',
      { tenantId: 'contoso.onmicrosoft.com' },
      'off',
      /TEAMS_TENANT_ID is set/,
    ],
  ])('with %s: %s', async (_name, config, mode, reason) => {
    const decision = await decideTeamsMode({ ...DEV_CONFIG, ...config }, hosts);
    expect(decision.mode).toBe(mode);
    expect(decision.reason).toMatch(reason);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['loop.example', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.5', false],
    ['::ffff:10.0.0.5', false],
    ['dev.example', false],
    ['eucanbot.localhost', false],
    ['eucanbot.example.org', false],
  ])('resolvesToLoopback(%j) is %s', async (host, loopback) => {
    expect(await resolvesToLoopback(host, hosts)).toBe(loopback);
  });

  it('resolves localhost with the system resolver', async () => {
    expect(await resolvesToLoopback('localhost')).toBe(true);
  });
});

describe('mountTeams when the endpoint may not run', () => {
  it.each<[string, Partial<TeamsConfig>]>([
    ['all interfaces', { host: '0.0.0.0' }],
    ['production', { nodeEnv: 'production' }],
    ['loopback without TEAMS_DEV_ANONYMOUS', { devAnonymous: false }],
  ])('does not start without credentials on %s, and logs why', async (_name, config) => {
    const server = await startTeamsServer(config);
    try {
      expect(server.decision.mode).toBe('off');
      const activity = teamsActivity('personal-chat', 'http://127.0.0.1:9/teams/');
      expect((await postActivity(server.url, activity)).status).toBe(404);
      const line = server.logs.find((l) => l.msg === 'Teams endpoint not started');
      expect(line?.level).toBe(40);
      expect(line?.reason).toBe(server.decision.reason);
    } finally {
      await server.close();
    }
  });
});

describe('Teams settings from the environment', () => {
  it('reads TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID', async () => {
    const config = loadConfig({
      TEAMS_APP_ID: APP_ID,
      TEAMS_APP_PASSWORD: 'secret',
      TEAMS_TENANT_ID: 'contoso.onmicrosoft.com',
    });
    const teams = teamsConfigFrom(config);
    expect(teams).toMatchObject({ appId: APP_ID, appPassword: 'secret', host: config.host });
    expect((await decideTeamsMode(teams)).mode).toBe('authenticated');
  });

  it('treats empty Teams variables as unset: off without TEAMS_DEV_ANONYMOUS, even on loopback', async () => {
    const teams = teamsConfigFrom(loadConfig({ TEAMS_APP_ID: '', TEAMS_APP_PASSWORD: ' ' }));
    expect(teams.appId).toBeUndefined();
    expect(teams.devAnonymous).toBe(false);
    expect((await decideTeamsMode(teams)).mode).toBe('off');
    const dev = teamsConfigFrom(loadConfig({ TEAMS_APP_ID: '', TEAMS_DEV_ANONYMOUS: 'true' }));
    expect((await decideTeamsMode(dev)).mode).toBe('anonymous-dev');
  });

  const SLACK = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'shh' };
  it.each([
    ['Teams credentials', { TEAMS_APP_ID: APP_ID }, /TEAMS_APP_ID is set/],
    ['a Teams password', { TEAMS_APP_PASSWORD: 'x' }, /TEAMS_APP_PASSWORD is set/],
    ['NODE_ENV=production', { NODE_ENV: 'production' }, /NODE_ENV is production/],
    ['Slack for real use', SLACK, /Slack is configured/],
    [
      'Slack on a public API URL',
      { ...SLACK, SLACK_API_URL: 'https://slack.example.org/api/' },
      /Slack is configured/,
    ],
  ])('refuses TEAMS_DEV_ANONYMOUS=true next to %s, naming it', (_name, env, reason) => {
    const start = () => loadConfig({ TEAMS_DEV_ANONYMOUS: 'true', ...env });
    expect(start).toThrow(/TEAMS_DEV_ANONYMOUS: must not be true/);
    expect(start).toThrow(reason);
  });

  it('allows TEAMS_DEV_ANONYMOUS=true next to a Slack whose API is a loopback stand-in', () => {
    const env = { ...SLACK, SLACK_API_URL: 'http://127.0.0.1:9/api/', TEAMS_DEV_ANONYMOUS: 'true' };
    expect(loadConfig(env).teams.devAnonymous).toBe(true);
  });

  it('refuses a TEAMS_DEV_ANONYMOUS that is not true or false, naming it', () => {
    expect(() => loadConfig({ TEAMS_DEV_ANONYMOUS: 'yes' })).toThrow(/TEAMS_DEV_ANONYMOUS/);
  });

  it('refuses a TEAMS_APP_ID that is not a GUID, naming the variable', () => {
    expect(() => loadConfig({ TEAMS_APP_ID: 'eucanbot' })).toThrow(/TEAMS_APP_ID/);
  });
});
