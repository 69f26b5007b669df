import { describe, expect, it } from 'vitest';
import { postActivity } from '../adapters/teams/helpers/teams-server.js';
import { waitFor } from '../helpers/fake-slack-api.js';
import { postCommand, postEvent, slashCommand } from '../helpers/slack-requests.js';
import { mention, pause, teamsMessage, useBothServers } from './helpers.js';

const s = useBothServers({ RATE_LIMIT_PER_MINUTE: '3' });

const NOTICE = /^You've asked 3 questions in the last minute; please wait a moment/;

describe('per-user rate limit (RATE_LIMIT_PER_MINUTE=3)', () => {
  it('answers a Slack user 3 times in a minute, then sends one polite notice for a flood', async () => {
    const flood = Array.from({ length: 12 }, (_, i) =>
      mention(`who leads WP${(i % 7) + 1}?`, 'U9'),
    );
    for (const envelope of flood) expect((await postEvent(s.eventsUrl, envelope)).status).toBe(200);
    await waitFor(() => s.fake.callsTo('chat.postMessage').length >= 4, 5000, 'the replies');
    await pause(300);
    const posts = s.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(4);
    const notices = posts.filter((p) => NOTICE.test(String(p.body.text)));
    expect(notices).toHaveLength(1);
    expect(notices[0]?.body.blocks).toBeUndefined();
    const refused = s.recent().filter((l) => l.msg === 'question refused: rate limit');
    expect(refused).toHaveLength(9);
  });

  it('still answers other people, and counts the slash command for the same person', async () => {
    await postEvent(s.eventsUrl, mention('who leads WP1?', 'U8'));
    await waitFor(() => s.fake.callsTo('chat.postMessage')[0], 5000, 'the reply to U8');
    expect(String(s.fake.callsTo('chat.postMessage')[0]?.body.text)).toContain('WP1');
    await postCommand(s.eventsUrl, { ...slashCommand(s.fake, 'who leads WP2?'), user_id: 'U9' });
    await pause(300);
    // U9 was told already during this flood: no second notice, no answer.
    expect(s.fake.callsTo('response_url')).toHaveLength(0);
  });

  it('limits events without a user per channel, with one notice', async () => {
    const flood = Array.from({ length: 6 }, () => {
      const envelope = mention('who leads WP1?');
      const { user: _none, ...event } = envelope.event;
      return { ...envelope, event: { ...event, channel: 'C77' } };
    });
    for (const envelope of flood) expect((await postEvent(s.eventsUrl, envelope)).status).toBe(200);
    await waitFor(() => s.fake.callsTo('chat.postMessage').length >= 4, 5000, 'the replies');
    await pause(300);
    const posts = s.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(4);
    expect(posts.filter((p) => NOTICE.test(String(p.body.text)))).toHaveLength(1);
  });

  it('limits a Teams user on their Entra object id, with one notice', async () => {
    const from = { id: '29:flooder', aadObjectId: 'aad-flooder' };
    for (let i = 0; i < 6; i++) {
      const res = await postActivity(
        s.url,
        teamsMessage(s.connector.url, 'who leads WP1?', { from }),
      );
      expect(res.status).toBe(200);
    }
    expect(s.connector.calls).toHaveLength(4);
    const texts = s.connector.calls.map((c) => String(c.body.text ?? ''));
    expect(texts.filter((t) => NOTICE.test(t))).toHaveLength(1);
    const other = { id: '29:other', aadObjectId: 'aad-other' };
    await postActivity(s.url, teamsMessage(s.connector.url, 'who leads WP1?', { from: other }));
    expect(s.connector.calls).toHaveLength(5);
  });
});
