import { describe, expect, it } from 'vitest';
import { waitFor } from '../../helpers/fake-slack-api.js';
import { eventEnvelope, postCommand, postEvent } from '../../helpers/slack-requests.js';
import { useSlackServer } from '../../helpers/slack-server.js';

const slack = useSlackServer();

const mention = (text: string) =>
  eventEnvelope({
    type: 'app_mention',
    user: 'U1',
    text,
    ts: '1.1',
    channel: 'C1',
    event_ts: '1.1',
  });

describe('Slack API failures', () => {
  it('falls back to plain text when Slack answers invalid_blocks', async () => {
    slack.fake.failNext('chat.postMessage', { body: { ok: false, error: 'invalid_blocks' } });
    await postEvent(slack.eventsUrl, mention('<@UBOT> who leads WP4?'));
    const [withBlocks, textOnly] = await waitFor(
      () =>
        slack.fake.callsTo('chat.postMessage').length >= 2 &&
        slack.fake.callsTo('chat.postMessage'),
    );
    expect(withBlocks?.body.blocks).toBeDefined();
    expect(textOnly?.body.blocks).toBeUndefined();
    expect(textOnly?.body).toMatchObject({ channel: 'C1', thread_ts: '1.1' });
    expect(textOnly?.body.text).toContain('WP4 is led by *UAMS/TCIA*');
    expect(slack.logs.raw()).toContain('Slack rejected the blocks; sending plain text');
  });

  it('waits for Retry-After on a 429 and then delivers', async () => {
    slack.fake.failNext('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { ok: false, error: 'ratelimited' },
    });
    await postEvent(slack.eventsUrl, mention('<@UBOT> who leads WP5?'));
    const [limited, retried] = await waitFor(
      () =>
        slack.fake.callsTo('chat.postMessage').length >= 2 &&
        slack.fake.callsTo('chat.postMessage'),
    );
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(900);
    expect(retried?.body.blocks).toBeDefined();
  });

  it('slack.logs a failing Slack API and keeps serving', async () => {
    for (let i = 0; i < 3; i++)
      slack.fake.failNext('chat.postMessage', { status: 500, body: 'upstream error' });
    await postEvent(slack.eventsUrl, mention('<@UBOT> who leads WP6?'));
    await waitFor(() => slack.logs.raw().includes('reply not delivered'));
    expect(slack.logs.raw()).toContain('Slack API call failed');
    expect((await fetch(`${slack.server.url}/healthz`)).status).toBe(200);
    slack.fake.reset();
    await postEvent(slack.eventsUrl, mention('<@UBOT> who leads WP1?'));
    const post = await waitFor(() => slack.fake.callsTo('chat.postMessage')[0]);
    expect(post.body.text).toContain('WP1');
  });

  it('slack.logs a platform error such as channel_not_found without retrying it', async () => {
    slack.fake.failNext('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    await postEvent(slack.eventsUrl, mention('<@UBOT> who leads WP2?'));
    const line = await waitFor(() =>
      slack.logs.lines.find(
        (l) => l.error === 'channel_not_found' && l.msg === 'Slack API call failed',
      ),
    );
    expect(line.adapter).toBe('slack');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('falls back to text when a response_url refuses the blocks', async () => {
    slack.fake.failNext('response_url', { status: 400, body: 'invalid_blocks' });
    await postCommand(slack.eventsUrl, {
      command: '/eucan',
      text: 'who leads WP1?',
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U1',
      response_url: slack.fake.responseUrl('cmd'),
      trigger_id: '1',
    });
    const [, textOnly] = await waitFor(
      () => slack.fake.callsTo('response_url').length >= 2 && slack.fake.callsTo('response_url'),
    );
    expect(textOnly?.body).toEqual({
      response_type: 'ephemeral',
      text: expect.stringContaining('WP1'),
    });
  });
});
