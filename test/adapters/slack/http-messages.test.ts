import { describe, expect, it } from 'vitest';
import { waitFor } from '../../helpers/fake-slack-api.js';
import { eventEnvelope, postEvent, SIGNING_SECRET } from '../../helpers/slack-requests.js';
import { BOT_TOKEN, useSlackServer } from '../../helpers/slack-server.js';

const slack = useSlackServer();

/** Lets Bolt finish any listener, then returns what was posted. */
async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 300));
  return slack.fake.callsTo('chat.postMessage');
}

const mention = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'app_mention',
  user: 'U1',
  text,
  ts: '1700000000.000100',
  channel: 'C1',
  event_ts: '1700000000.000100',
  ...extra,
});

const dm = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  channel_type: 'im',
  channel: 'D1',
  user: 'U1',
  text,
  ts: '1700000001.000200',
  event_ts: '1700000001.000200',
  ...extra,
});

describe('Slack over HTTP: messages', () => {
  it('reports Slack in HTTP mode on /healthz', async () => {
    const health = await fetch(`${slack.server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({
      status: 'ok',
      adapters: { slack: 'http', teams: 'anonymous-dev' },
      dropped: { slack: 0 },
      stores: { mode: 'memory' },
    });
  });

  it('answers an @mention in the thread of the question, after acking at once', async () => {
    const response = await postEvent(
      slack.eventsUrl,
      eventEnvelope(mention('<@UBOT> who leads WP4?')),
    );
    expect(response.status).toBe(200);
    expect(response.ms).toBeLessThan(3000);
    const [post] = await waitFor(
      () =>
        slack.fake.callsTo('chat.postMessage').length > 0 && slack.fake.callsTo('chat.postMessage'),
    );
    expect(post?.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(post?.body).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
    expect(post?.body.text).toContain('WP4 is led by *UAMS/TCIA*');
    expect(JSON.stringify(post?.body.blocks)).toContain('*WP4 · lead*');
  });

  it('keeps answering in the thread when mentioned inside one', async () => {
    await postEvent(
      slack.eventsUrl,
      eventEnvelope(mention('<@UBOT> what does BSC do', { thread_ts: '1699.1' })),
    );
    const [post] = await waitFor(
      () =>
        slack.fake.callsTo('chat.postMessage').length > 0 && slack.fake.callsTo('chat.postMessage'),
    );
    expect(post?.body.thread_ts).toBe('1699.1');
  });

  it('answers a bare mention with help', async () => {
    await postEvent(slack.eventsUrl, eventEnvelope(mention('<@UBOT>')));
    const [post] = await waitFor(
      () =>
        slack.fake.callsTo('chat.postMessage').length > 0 && slack.fake.callsTo('chat.postMessage'),
    );
    expect(post?.body.text).toContain('I answer questions about the EuCanImage consortium');
  });

  it('answers a DM in the DM, not in a thread', async () => {
    await postEvent(slack.eventsUrl, eventEnvelope(dm('Which partners are in Spain?')));
    const [post] = await waitFor(
      () =>
        slack.fake.callsTo('chat.postMessage').length > 0 && slack.fake.callsTo('chat.postMessage'),
    );
    expect(post?.body.channel).toBe('D1');
    expect(post?.body.thread_ts).toBeUndefined();
    expect(post?.body.text).toContain('Spain');
  });

  it('ignores bots, its own messages and edits', async () => {
    await postEvent(
      slack.eventsUrl,
      eventEnvelope(dm('who leads WP1', { bot_id: 'B9', user: 'U9' })),
    );
    await postEvent(
      slack.eventsUrl,
      eventEnvelope(dm('who leads WP1', { user: 'UBOT', bot_id: 'BBOT' })),
    );
    await postEvent(
      slack.eventsUrl,
      eventEnvelope(dm('who leads WP1', { subtype: 'message_changed' })),
    );
    await postEvent(
      slack.eventsUrl,
      eventEnvelope(mention('<@UBOT> who leads WP1', { bot_id: 'B9' })),
    );
    expect(await settle()).toHaveLength(0);
  });

  it('answers a retried event (X-Slack-Retry-Num) only once', async () => {
    const envelope = eventEnvelope(mention('<@UBOT> who leads WP2?'), 'EvRetry1');
    expect((await postEvent(slack.eventsUrl, envelope)).status).toBe(200);
    const retry = await postEvent(slack.eventsUrl, envelope, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    expect(await settle()).toHaveLength(1);
    expect(slack.logs.raw()).toContain('request skipped: already handled');
  });

  it('refuses a bad signature with 401 and posts nothing', async () => {
    const response = await postEvent(slack.eventsUrl, eventEnvelope(mention('<@UBOT> help')), {
      secret: 'not-the-secret',
    });
    expect(response.status).toBe(401);
    expect(await settle()).toHaveLength(0);
  });

  it('refuses a stale timestamp with 401 and posts nothing', async () => {
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    const response = await postEvent(slack.eventsUrl, eventEnvelope(mention('<@UBOT> help')), {
      timestamp: tenMinutesAgo,
    });
    expect(response.status).toBe(401);
    expect(await settle()).toHaveLength(0);
  });

  it('escapes echoed text so it cannot ping, mention or link', async () => {
    const text =
      '<@UBOT> <!channel> &lt;!here&gt; <@U999> &lt;https://evil.example|click&gt; zorglub';
    await postEvent(slack.eventsUrl, eventEnvelope(mention(text)));
    const [post] = await waitFor(
      () =>
        slack.fake.callsTo('chat.postMessage').length > 0 && slack.fake.callsTo('chat.postMessage'),
    );
    const sent = `${String(post?.body.text)} ${JSON.stringify(post?.body.blocks)}`;
    expect(sent).toContain('zorglub');
    expect(sent).not.toMatch(/<[!@#]|<https?:|@(channel|here)\b/);
  });

  it('slack.logs one line per handled message, without the question or any secret', async () => {
    await postEvent(slack.eventsUrl, eventEnvelope(dm('Which partners are in Belgium?')));
    const line = await waitFor(() =>
      slack.logs.lines.find((l) => l.msg === 'message handled' && l.intent === 'partners-filter'),
    );
    expect(line).toMatchObject({
      adapter: 'slack',
      delivered: true,
      confidence: expect.any(Number),
    });
    expect(line.latencyMs).toEqual(expect.any(Number));
    expect(line.question).toBeUndefined();
    expect(slack.logs.raw()).not.toContain('Belgium');
    expect(slack.logs.raw()).not.toContain(BOT_TOKEN);
    expect(slack.logs.raw()).not.toContain(SIGNING_SECRET);
  });
});
