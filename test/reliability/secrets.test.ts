import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postActivity } from '../adapters/teams/helpers/teams-server.js';
import { waitFor } from '../helpers/fake-slack-api.js';
import * as slack from '../helpers/slack-requests.js';
import { mention, pause, postBytes, teamsMessage } from './helpers.js';
import { startSecretsServer } from './secrets-server.js';

/** Distinctive secrets, as an operator would put them in the environment. */
const SECRETS = {
  SLACK_BOT_TOKEN: 'xoxb-1111-2222-SECRETbotTOKENdo-not-log',
  SLACK_SIGNING_SECRET: 'SECRETsigningSECRET-do-not-log-4f2a',
  TEAMS_APP_PASSWORD: 'SECRETteamsPASSWORD~do-not-log_9d8e',
};

let s: Awaited<ReturnType<typeof startSecretsServer>>;
/** Every HTTP answer the server gave, to check them too. */
const answers: string[] = [];
beforeAll(async () => {
  s = await startSecretsServer(SECRETS);
});
afterAll(() => s?.close());

async function keep(res: Promise<{ status: number; text?: string; body?: unknown }>) {
  const r = await res;
  answers.push(r.text ?? JSON.stringify(r.body ?? ''));
}

const signed = { secret: SECRETS.SLACK_SIGNING_SECRET };
const slackEvents: Record<string, unknown>[] = [
  { type: 'message', channel_type: 'im', channel: 'D1', user: 'U2', text: 'help', ts: '2.2' },
  { type: 'app_home_opened', user: 'U3', channel: 'D3', tab: 'home', event_ts: '1.1' },
  { type: 'member_joined_channel', user: 'U4', channel: 'C1', channel_type: 'C', event_ts: '1' },
];

describe('secrets never reach the logs or the replies', () => {
  it('goes through every path with known secrets in the environment', async () => {
    const events = `${s.server.url}/slack/events`;
    const { fake, connector } = s;
    await keep(slack.postEvent(events, mention('who leads WP1?'), signed));
    for (const event of slackEvents)
      await keep(slack.postEvent(events, slack.eventEnvelope(event), signed));
    await keep(slack.postCommand(events, slack.slashCommand(fake, 'who leads WP2?'), signed));
    const share = slack.buttonClick(fake, 'share-answer', 'who leads WP3?', slack.inChannel);
    await keep(slack.postAction(events, share, signed));
    // Errors: a bad signature, a stale one, a bad body, Slack failing and refusing the token.
    await keep(slack.postEvent(events, mention('x'), { secret: 'wrong' }));
    await keep(slack.postEvent(events, mention('x'), { ...signed, timestamp: 1 }));
    const nullSigned = slack.signatureHeaders('null', undefined, SECRETS.SLACK_SIGNING_SECRET);
    const headers = { 'content-type': 'application/json', ...nullSigned };
    await keep(postBytes(events, 'null', headers));
    fake.failNext('chat.postMessage', { status: 500, body: 'boom' });
    fake.failNext('chat.postMessage', { status: 500, body: 'boom' });
    fake.failNext('chat.postMessage', { body: { ok: false, error: 'invalid_auth' } });
    await keep(slack.postEvent(events, mention('who leads WP4?'), signed));
    for (let i = 0; i < 6; i++)
      await keep(slack.postEvent(events, mention('who leads WP5?', 'U9'), signed));
    // Teams: a valid token, a forged one, a connector failure, a welcome.
    const authorization = await s.teamsToken();
    const ask = (activity: Record<string, unknown>, auth = authorization) =>
      keep(postActivity(s.server.url, activity, { authorization: auth }));
    await ask(teamsMessage(connector.url, 'who leads WP1?'));
    await ask(teamsMessage(connector.url, 'x'), 'Bearer not.a.jwt');
    connector.fail(500, 5);
    await ask(teamsMessage(connector.url, 'who leads WP2?'));
    connector.fail(500, 0);
    const added = { type: 'conversationUpdate', membersAdded: [{ id: 'new' }] };
    await ask({ ...teamsMessage(connector.url, ''), ...added });
    s.breakDataset();
    await waitFor(() => s.log().includes('dataset reload refused'), 5000, 'the refused reload');
    await pause(300);
    await s.server.stop();
    // Every path was really taken.
    for (const line of [
      '"adapter":"slack","surface":"mention"',
      '"surface":"dm"',
      '"surface":"command"',
      '"surface":"share"',
      'home tab published',
      '"surface":"welcome"',
      'Request verification failed',
      'Slack request refused',
      'Slack API call failed',
      'question refused: rate limit',
      '"adapter":"teams"',
      'Teams turn failed',
      'Teams welcome sent',
      'server ready',
      '"msg":"stopped"',
    ])
      expect(s.log(), line).toContain(line);
  });

  it.each(Object.entries(SECRETS))('never logs %s', (_name, secret) => {
    expect(s.log().length).toBeGreaterThan(1000);
    expect(s.log()).not.toContain(secret);
    // Not even a recognisable part of it.
    expect(s.log()).not.toContain(secret.slice(-12));
  });

  it.each(Object.entries(SECRETS))('never puts %s in a reply or a response', (_name, secret) => {
    const bodies = [s.fake.calls.map((c) => c.body), s.connector.calls.map((c) => c.body)];
    const sent = JSON.stringify([...bodies, answers]);
    expect(s.fake.calls.length + s.connector.calls.length).toBeGreaterThan(8);
    expect(sent).not.toContain(secret);
    expect(sent).not.toContain(secret.slice(-12));
  });

  it('sends the bot token only where Slack expects it: the Authorization header', () => {
    const bearer = `Bearer ${SECRETS.SLACK_BOT_TOKEN}`;
    // A response_url and the files API's pre-signed upload URL take no token, and get none.
    const unsigned = new Set(['response_url', 'upload']);
    const api = s.fake.calls.filter((c) => !unsigned.has(c.method));
    expect(api.every((c) => c.authorization === bearer)).toBe(true);
    const urls = s.fake.calls.filter((c) => unsigned.has(c.method));
    expect(urls.every((c) => c.authorization === undefined)).toBe(true);
  });
});
