import { describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/fake-slack-api.js';
import { postCommand, postEvent, slashCommand } from '../helpers/slack-requests.js';
import { health, mention, pause, refusedUrl, useBothServers } from './helpers.js';

// Each Slack call times out after 300 ms here (15 s in production).
const s = useBothServers({}, { slackTimeoutMs: 300 });

const postsTo = (thread: string) =>
  s.fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === thread);

const threadOf = (envelope: ReturnType<typeof mention>) => envelope.event.ts as string;

describe('Slack API faults: retried within limits, then dropped with a log line', () => {
  it('retries 5xx answers and posts the reply once', async () => {
    s.fake.failNext('chat.postMessage', { status: 503, body: 'unavailable' });
    s.fake.failNext('chat.postMessage', { status: 502, body: 'bad gateway' });
    const envelope = mention('who leads WP1?');
    expect((await postEvent(s.eventsUrl, envelope)).status).toBe(200);
    await waitFor(() => s.recentRaw().includes('"delivered":true'), 5000, 'the reply');
    expect(postsTo(threadOf(envelope))).toHaveLength(3);
    expect(s.fake.callsTo('chat.postMessage').at(-1)?.body.text).toContain('WP1');
  });

  it('gives up at once on a Retry-After beyond its budget, logs it, and keeps answering', async () => {
    s.fake.failNext('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '3600' },
      body: { ok: false, error: 'ratelimited' },
    });
    const started = Date.now();
    const envelope = mention('who leads WP2?');
    await postEvent(s.eventsUrl, envelope);
    await waitFor(() => s.recentRaw().includes('reply not delivered'), 5000, 'the drop');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(postsTo(threadOf(envelope))).toHaveLength(1);
    const other = mention('who leads WP3?');
    await postEvent(s.eventsUrl, other);
    await waitFor(() => postsTo(threadOf(other))[0], 5000, 'the next reply');
    expect(await health(s.url)).toBe(200);
  });

  it('retries a call that times out, then delivers', async () => {
    s.fake.failNext('chat.postMessage', { delayMs: 1000 });
    const envelope = mention('who leads WP4?');
    await postEvent(s.eventsUrl, envelope);
    await waitFor(() => postsTo(threadOf(envelope)).length >= 2, 5000, 'the retry');
    await waitFor(() => s.recentRaw().includes('"delivered":true'), 5000, 'the reply');
    expect(await health(s.url)).toBe(200);
  });

  it('retries a response_url that answers 5xx, then delivers once', async () => {
    s.fake.failNext('response_url', { status: 500, body: 'oops' });
    await postCommand(s.eventsUrl, slashCommand(s.fake, 'who leads WP5?', 'r5'));
    await waitFor(() => s.fake.callsTo('response_url').length >= 2, 5000, 'the retry');
    await pause(200);
    expect(s.fake.callsTo('response_url')).toHaveLength(2);
    expect(s.recentRaw()).toContain('Slack call retried');
  });

  it('drops a reply whose response_url refuses connections, with a log line', async () => {
    const command = { ...slashCommand(s.fake, 'who leads WP6?'), response_url: await refusedUrl() };
    expect((await postCommand(s.eventsUrl, command)).status).toBe(200);
    await waitFor(() => s.recentRaw().includes('reply not delivered'), 5000, 'the drop');
    const retried = s.recent().filter((l) => l.msg === 'Slack call retried');
    expect(retried.map((l) => l.reason)).toContain('ECONNREFUSED');
    expect(await health(s.url)).toBe(200);
    const envelope = mention('who leads WP7?');
    await postEvent(s.eventsUrl, envelope);
    await waitFor(() => postsTo(threadOf(envelope))[0], 5000, 'the next reply');
  });

  it('answers other people while one reply is failing slowly', async () => {
    s.fake.failNext('response_url', { status: 503, delayMs: 250 });
    s.fake.failNext('response_url', { status: 503, delayMs: 250 });
    await postCommand(s.eventsUrl, slashCommand(s.fake, 'who leads WP1?', 'slow'));
    const envelope = mention('who leads WP2?', 'U2');
    const acked = await postEvent(s.eventsUrl, envelope);
    expect(acked.ms).toBeLessThan(1000);
    const answered = await waitFor(() => postsTo(threadOf(envelope))[0], 5000, 'the reply');
    const slow = await waitFor(() => s.fake.callsTo('response_url')[2], 5000, 'the slow reply');
    expect(answered.at).toBeLessThan(slow.at);
  });
});
