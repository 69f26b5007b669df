import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK_LIMITS } from '../../../adapters/slack/limits.js';
import { type FakeSlackApi, startFakeSlackApi, waitFor } from '../../helpers/fake-slack-api.js';
import {
  eventEnvelope,
  postCommand,
  postEvent,
  signatureHeaders,
  slashCommand,
} from '../../helpers/slack-requests.js';
import { type CapturedLogs, startSlackServer } from '../../helpers/slack-server.js';
import { openUpload, type SlowUpload } from '../../helpers/slow-upload.js';

// Production waits 10 s for a body and reads 32 at once; here 400 ms and 2, to see both quickly.
const BODY_TIMEOUT_MS = 400;
let fake: FakeSlackApi;
let stop: () => Promise<unknown>;
let eventsUrl: string;
let logs: CapturedLogs;
const uploads: SlowUpload[] = [];

beforeAll(async () => {
  fake = await startFakeSlackApi();
  const started = await startSlackServer(fake, {}, 'info', {
    slackRequestGuard: { bodyTimeoutMs: BODY_TIMEOUT_MS, maxReading: 2 },
  });
  stop = () => started.server.stop();
  eventsUrl = started.eventsUrl;
  logs = started.logs;
});
afterAll(async () => {
  for (const upload of uploads) upload.destroy();
  await stop?.();
  await fake?.close();
});

const now = () => Math.floor(Date.now() / 1000);
/** Well-formed, fresh signature headers that do not match the body (the attacker's case). */
const wrongSignature = (timestamp = now()) => signatureHeaders('not the body', timestamp);

/** Opens an upload and remembers it, so that the file closes it in the end. */
function upload(...args: Parameters<typeof openUpload>): SlowUpload {
  const opened = openUpload(...args);
  uploads.push(opened);
  return opened;
}

/** The status, or 'no answer' when none came within `ms`. */
function within(upload: SlowUpload, ms: number): Promise<number | 'no answer' | undefined> {
  return Promise.race([
    upload.answered,
    new Promise<'no answer'>((resolve) => setTimeout(() => resolve('no answer'), ms)),
  ]);
}

const MB = 1024 * 1024;

describe('POST /slack/events refuses what it can before reading the body', () => {
  it.each<[string, Record<string, string>]>([
    ['no signature headers', {}],
    ['a signature without its timestamp', { 'x-slack-signature': `v0=${'a'.repeat(64)}` }],
    ['a timestamp without its signature', { 'x-slack-request-timestamp': String(now()) }],
    [
      'a signature that is not v0= and 64 hex digits',
      { ...wrongSignature(), 'x-slack-signature': 'v0=abc' },
    ],
    [
      'a signature of another version',
      { ...wrongSignature(), 'x-slack-signature': `v1=${'a'.repeat(64)}` },
    ],
    [
      'a timestamp that is not a number',
      { ...wrongSignature(), 'x-slack-request-timestamp': '12ab' },
    ],
    ['a timestamp six minutes old', wrongSignature(now() - 360)],
    ['a timestamp six minutes ahead', wrongSignature(now() + 360)],
  ])('answers 401 at once to a 3.9 MB upload with %s, and closes', async (_name, headers) => {
    const stalled = upload(eventsUrl, {
      headers,
      contentLength: 3_900_000,
      body: 'x'.repeat(65_536),
    });
    expect(await within(stalled, 2000)).toBe(401);
    await stalled.closed;
  });

  it('refuses a correctly signed request from six minutes ahead, which Bolt alone accepts', async () => {
    const envelope = eventEnvelope({
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> hi',
      ts: '1.1',
      channel: 'C1',
    });
    expect((await postEvent(eventsUrl, envelope, { timestamp: now() + 360 })).status).toBe(401);
    // A clock a little ahead is still fine, as a little behind is.
    const near = eventEnvelope({
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> hi',
      ts: '1.2',
      channel: 'C1',
    });
    expect((await postEvent(eventsUrl, near, { timestamp: now() + 240 })).status).toBe(200);
  });

  it('answers 413 at once when Content-Length is over the bound, and closes', async () => {
    const big = upload(eventsUrl, {
      headers: wrongSignature(),
      contentLength: SLACK_LIMITS.requestBody + 1,
      body: 'x'.repeat(1000),
    });
    expect(await within(big, 2000)).toBe(413);
    await big.closed;
    expect(logs.raw()).toMatch(/"status":413[^\n]*"msg":"Slack request refused"/);
  });

  it('aborts a chunked body once it passes the bound, even when correctly signed', async () => {
    const body = JSON.stringify({
      ...eventEnvelope({
        type: 'app_mention',
        user: 'U1',
        text: '<@UBOT> hi',
        ts: '2.1',
        channel: 'C1',
      }),
      pad: 'x'.repeat(SLACK_LIMITS.requestBody),
    });
    const chunked = upload(eventsUrl, { headers: signatureHeaders(body) });
    for (let at = 0; at < body.length; at += 64 * 1024)
      chunked.send(body.slice(at, at + 64 * 1024));
    chunked.send('');
    expect(await within(chunked, 3000)).toBe(413);
    await chunked.closed;
  });

  it('answers 408 and closes when the body stalls, and reads a large body that arrives', async () => {
    const stalled = upload(eventsUrl, {
      headers: wrongSignature(),
      contentLength: 500_000,
      body: 'x'.repeat(1000),
    });
    const started = Date.now();
    expect(await within(stalled, BODY_TIMEOUT_MS + 3000)).toBe(408);
    expect(Date.now() - started).toBeGreaterThanOrEqual(BODY_TIMEOUT_MS - 50);
    await stalled.closed;
    // A body near the bound, signed, still reaches Bolt whole and is answered.
    const envelope = eventEnvelope({
      type: 'app_mention',
      user: 'U1',
      text: `<@UBOT> who leads WP1? ${'x'.repeat(0.9 * MB)}`,
      ts: '3.1',
      channel: 'C1',
    });
    expect((await postEvent(eventsUrl, envelope)).status).toBe(200);
    await waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.body.thread_ts === '3.1'));
  });

  it('reads only so many bodies at once: the next gets 503 with Retry-After, not a queue', async () => {
    const slow = [1, 2].map(() =>
      upload(eventsUrl, {
        headers: wrongSignature(),
        contentLength: 500_000,
        body: 'x'.repeat(1000),
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const third = upload(eventsUrl, {
      headers: wrongSignature(),
      contentLength: 500_000,
      body: 'x',
    });
    expect(await within(third, 2000)).toBe(503);
    expect(third.received()).toMatch(/\r\nretry-after: \d+\r\n/i);
    for (const s of slow) expect(await within(s, BODY_TIMEOUT_MS + 3000)).toBe(408);
    // The slots are free again.
    const command = postCommand(eventsUrl, slashCommand(fake, 'who leads WP2?', 'after'));
    expect((await command).status).toBe(200);
  });
});
