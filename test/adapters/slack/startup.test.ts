import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlackApi, startFakeSlackApi } from '../../helpers/fake-slack-api.js';
import { APP_TOKEN, startSlackServer } from '../../helpers/slack-server.js';

let fake: FakeSlackApi;

beforeAll(async () => {
  fake = await startFakeSlackApi();
});
afterAll(async () => {
  await fake?.close();
});

describe('Slack adapter start', () => {
  it('checks the bot token once with auth.test and stops on a refused one, naming it', async () => {
    fake.failNext('auth.test', { body: { ok: false, error: 'invalid_auth' } });
    await expect(startSlackServer(fake)).rejects.toThrow(
      'Slack refused SLACK_BOT_TOKEN (invalid_auth)',
    );
    expect(fake.callsTo('auth.test')).toHaveLength(1);
  });

  it('stops when Socket Mode cannot open a connection with the app token', async () => {
    fake.failNext('apps.connections.open', { body: { ok: false, error: 'invalid_auth' } });
    await expect(
      startSlackServer(fake, { SLACK_APP_TOKEN: APP_TOKEN, SLACK_SIGNING_SECRET: '' }),
    ).rejects.toThrow('Slack refused SLACK_APP_TOKEN (invalid_auth)');
  });
});
