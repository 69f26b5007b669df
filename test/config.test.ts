import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvSchema, loadConfig } from '../src/config.js';
import { EucanbotError } from '../src/core/errors.js';
import { PACKAGE_ROOT } from '../src/dataset/load-dataset.js';

/** The error loadConfig throws for an environment, or undefined when it is valid. */
function configError(env: Record<string, string>): EucanbotError | undefined {
  try {
    loadConfig(env);
    return undefined;
  } catch (error) {
    if (error instanceof EucanbotError) return error;
    throw error;
  }
}

const HTTP = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'shh-secret-value' };

describe('.env.example', () => {
  const text = readFileSync(path.join(PACKAGE_ROOT, '.env.example'), 'utf8');
  const keys = [...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);

  it('lists exactly the variables of the schema, once each', () => {
    expect(keys.sort()).toEqual(Object.keys(EnvSchema.shape).sort());
  });

  it('puts a comment above every variable', () => {
    const lines = text.split('\n');
    for (const [i, line] of lines.entries())
      if (/^[A-Z][A-Z0-9_]*=/.test(line)) expect(lines[i - 1], line).toMatch(/^#/);
  });

  it('is a valid configuration as it stands', () => {
    const env = Object.fromEntries(
      [...text.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
    );
    expect(configError(env)).toBeUndefined();
  });
});

describe('loadConfig', () => {
  it('defaults to 127.0.0.1:3978 with Slack off', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3978, slack: undefined });
  });

  it('reads the server address and Slack in HTTP mode', () => {
    const config = loadConfig({
      ...HTTP,
      HOST: '0.0.0.0',
      PORT: '8080',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    });
    expect(config.port).toBe(8080);
    expect(loadConfig({ PORT: '65535', RATE_LIMIT_PER_MINUTE: '0' })).toMatchObject({
      port: 65535,
      rateLimitPerMinute: 0,
    });
    expect(config.slack).toMatchObject({
      mode: 'http',
      welcome: true,
      apiUrl: 'http://127.0.0.1:9/api/',
    });
  });

  it('chooses Socket Mode when SLACK_APP_TOKEN is set, without a signing secret', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1-A',
      SLACK_WELCOME: 'off',
    });
    expect(config.slack).toMatchObject({
      mode: 'socket',
      welcome: false,
      signingSecret: undefined,
    });
  });

  it('treats empty variables as unset', () => {
    expect(
      loadConfig({ SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '  ', PORT: '' }).slack,
    ).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT: must be a port number from 1 to 65535'],
    [{ PORT: '70000' }, 'PORT: must be a port number'],
    [{ PORT: '80.5' }, 'PORT: must be a port number'],
    // Number() reads these as 80, 1000 and 80; a port is written in decimal digits only.
    [{ PORT: '0x50' }, 'PORT: must be a port number from 1 to 65535'],
    [{ PORT: '1e3' }, 'PORT: must be a port number'],
    [{ PORT: ' 80 ' }, 'PORT: must be a port number'],
    [{ PORT: '+80' }, 'PORT: must be a port number'],
    [{ PORT: '0b1010000' }, 'PORT: must be a port number'],
    [{ PORT: '0' }, 'PORT: must be a port number'],
    [{ RATE_LIMIT_PER_MINUTE: '0x10' }, 'RATE_LIMIT_PER_MINUTE: must be a whole number'],
    [
      { CONVERSATION_TTL_MINUTES: '1e2' },
      'CONVERSATION_TTL_MINUTES: must be a whole number of minutes',
    ],
    [
      { CONVERSATION_TTL_MINUTES: '-5' },
      'CONVERSATION_TTL_MINUTES: must be a whole number of minutes',
    ],
    [{ RATE_LIMIT_PER_MINUTE: '2e1' }, 'RATE_LIMIT_PER_MINUTE: must be a whole number'],
    [{ RATE_LIMIT_PER_MINUTE: '-1' }, 'RATE_LIMIT_PER_MINUTE: must be a whole number'],
    [{ ...HTTP, SLACK_BOT_TOKEN: 'xoxp-user-token' }, 'SLACK_BOT_TOKEN: must start with "xoxb-"'],
    [{ ...HTTP, SLACK_APP_TOKEN: 'xoxb-wrong' }, 'SLACK_APP_TOKEN: must start with "xapp-"'],
    [{ ...HTTP, SLACK_API_URL: 'slack.com/api' }, 'SLACK_API_URL: must be an http(s) URL'],
    [{ ...HTTP, SLACK_WELCOME: 'yes' }, 'SLACK_WELCOME: must be "on" or "off"'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET: required when SLACK_BOT_TOKEN is set'],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN: required when SLACK_APP_TOKEN is set'],
    [{ SLACK_SIGNING_SECRET: 'x' }, 'SLACK_BOT_TOKEN: required when SLACK_SIGNING_SECRET is set'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV: must be development, production or test'],
  ])('stops on %o naming the variable', (env, message) => {
    const error = configError(env);
    expect(error?.code).toBe('CONFIG_INVALID');
    expect(error?.message).toContain(message);
  });

  it('never puts a secret value in the message', () => {
    const error = configError({
      SLACK_BOT_TOKEN: 'xoxp-very-secret-token',
      SLACK_SIGNING_SECRET: 'hidden-secret',
    });
    expect(error?.message).not.toContain('very-secret');
    expect(error?.message).not.toContain('hidden-secret');
  });
});
