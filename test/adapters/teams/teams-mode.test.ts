import { describe, expect, it } from 'vitest';
import {
  decideTeamsMode,
  isLoopbackHost,
  type TeamsConfig,
  teamsConfigFrom,
} from '../../../adapters/teams/config.js';
import { loadConfig } from '../../../src/config.js';
import { teamsActivity } from './helpers/fixtures.js';
import { DEV_CONFIG, postActivity, startTeamsServer } from './helpers/teams-server.js';

const APP_ID = '3d1a7c52-8e4b-4f69-a0d2-5b7e9c1f3a84';

describe('decideTeamsMode', () => {
  it.each<[string, Partial<TeamsConfig>, string, RegExp]>([
    [
      'credentials',
      { appId: APP_ID, appPassword: 'x', host: '0.0.0.0', nodeEnv: 'production' },
      'authenticated',
      /validated/,
    ],
    ['an app id without a password', { appId: APP_ID }, 'authenticated', /managed identity/],
    ['no credentials on loopback in development', {}, 'anonymous-dev', /local development/],
    [
      'no credentials on localhost in test',
      { host: 'localhost', nodeEnv: 'test' },
      'anonymous-dev',
      /local development/,
    ],
    ['no credentials in production', { nodeEnv: 'production' }, 'off', /NODE_ENV is production/],
    [
      'no credentials on all interfaces',
      { host: '0.0.0.0' },
      'off',
      /HOST=0\.0\.0\.0 is not loopback/,
    ],
    ['no credentials on a LAN address', { host: '192.168.1.20' }, 'off', /not loopback/],
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
  ])('with %s: %s', (_name, config, mode, reason) => {
    const decision = decideTeamsMode({ ...DEV_CONFIG, ...config });
    expect(decision.mode).toBe(mode);
    expect(decision.reason).toMatch(reason);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.5', false],
    ['eucanbot.example.org', false],
  ])('isLoopbackHost(%j) is %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});

describe('mountTeams when the endpoint may not run', () => {
  it.each<[string, Partial<TeamsConfig>]>([
    ['all interfaces', { host: '0.0.0.0' }],
    ['production', { nodeEnv: 'production' }],
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
  it('reads TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID', () => {
    const config = loadConfig({
      TEAMS_APP_ID: APP_ID,
      TEAMS_APP_PASSWORD: 'secret',
      TEAMS_TENANT_ID: 'contoso.onmicrosoft.com',
    });
    const teams = teamsConfigFrom(config);
    expect(teams).toMatchObject({ appId: APP_ID, appPassword: 'secret', host: config.host });
    expect(decideTeamsMode(teams).mode).toBe('authenticated');
  });

  it('treats empty Teams variables as unset: anonymous on loopback under the default NODE_ENV', () => {
    const teams = teamsConfigFrom(loadConfig({ TEAMS_APP_ID: '', TEAMS_APP_PASSWORD: ' ' }));
    expect(teams.appId).toBeUndefined();
    expect(teams.nodeEnv).toBe('development');
    expect(decideTeamsMode(teams).mode).toBe('anonymous-dev');
    const production = teamsConfigFrom(
      loadConfig({ TEAMS_APP_PASSWORD: ' ', NODE_ENV: 'production' }),
    );
    expect(decideTeamsMode(production).mode).toBe('off');
  });

  it('refuses a TEAMS_APP_ID that is not a GUID, naming the variable', () => {
    expect(() => loadConfig({ TEAMS_APP_ID: 'eucanbot' })).toThrow(/TEAMS_APP_ID/);
  });
});
