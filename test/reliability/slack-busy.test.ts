import { describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/fake-slack-api.js';
import {
  buttonClick,
  inChannel,
  postAction,
  postCommand,
  postEvent,
  slashCommand,
} from '../helpers/slack-requests.js';
import { mention, pause, useBothServers } from './helpers.js';

// No reply may wait: every question finds the reply queue full, as under a flood.
const s = useBothServers({}, { slackReplyQueue: { maxWaiting: 0 } });

const BUSY = /^I'm too busy to answer right now; please ask again in a minute\.$/;

describe('Slack questions dropped because the reply queue is full', () => {
  it('tells the person to ask again, once each, and counts the drops on /healthz', async () => {
    const envelope = mention('who leads WP1?');
    expect((await postEvent(s.eventsUrl, envelope)).status).toBe(200);
    expect(
      (await postCommand(s.eventsUrl, slashCommand(s.fake, 'who leads WP2?', 'busy'))).status,
    ).toBe(200);
    const inThread = await waitFor(
      () => s.fake.callsTo('chat.postMessage').find((c) => c.body.thread_ts === envelope.event.ts),
      5000,
      'the notice in the thread',
    );
    expect(String(inThread.body.text)).toMatch(BUSY);
    const ephemeral = await waitFor(() => s.fake.callsTo('response_url')[0], 5000, 'the notice');
    expect(ephemeral.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringMatching(BUSY),
    });
    await pause(200);
    expect(s.fake.calls).toHaveLength(2);
    const health = (await (await fetch(`${s.url}/healthz`)).json()) as Record<string, unknown>;
    expect(health.dropped).toEqual({ slack: 2 });
    expect(s.recent().filter((l) => l.msg === 'reply dropped: queue full')).toHaveLength(2);
  });

  it('tells only the person who clicked Share, and keeps their private copy', async () => {
    const click = buttonClick(s.fake, 'share-answer', 'who leads WP1?', {
      ...inChannel,
      container: { ...inChannel.container, is_ephemeral: true },
    });
    expect((await postAction(s.eventsUrl, click)).status).toBe(200);
    const notice = await waitFor(() => s.fake.callsTo('response_url')[0], 5000, 'the notice');
    expect(notice.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(notice.body.text)).toMatch(BUSY);
    await pause(200);
    expect(s.fake.calls).toHaveLength(1);
  });
});
