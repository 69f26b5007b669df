import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SLACK_LIMITS } from '../../adapters/slack/limits.js';
import { type RecordedCall, waitFor } from '../helpers/fake-slack-api.js';
import {
  buttonClick,
  inChannel,
  postAction,
  postCommand,
  postEvent,
  signatureHeaders,
  slashCommand,
} from '../helpers/slack-requests.js';
import { health, mention, pause, postBytes, useBothServers } from './helpers.js';

const s = useBothServers();
const HELP = /I answer questions about the EuCanImage consortium/;
const LONG_NOTE = '(Your question was long, so I read only its first 500 characters.)';
const WP1 = /WP1 is led by \*LYN\*/;

/** POSTs raw bytes, signed as Slack signs them: over the bytes exactly as sent. */
async function postRaw(body: string | Buffer, contentType: string) {
  const timestamp = Math.floor(Date.now() / 1000);
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const digest = createHmac('sha256', 'test-signing-secret-0123456789')
    .update(Buffer.concat([Buffer.from(`v0:${timestamp}:`), bytes]))
    .digest('hex');
  return postBytes(s.eventsUrl, bytes, {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': `v0=${digest}`,
  });
}

/** Every reply target (thread, DM channel, response_url) got at most one message. */
function expectNothingTwice(calls: readonly RecordedCall[]): void {
  const targets = calls.map((c) => c.responseId ?? `${c.body.channel}|${c.body.thread_ts}`);
  expect(new Set(targets).size).toBe(targets.length);
}

/** The server is healthy and answers a normal question, once. */
async function expectStillServing(): Promise<void> {
  expect(await health(s.url)).toBe(200);
  const envelope = mention('who leads WP1?');
  expect((await postEvent(s.eventsUrl, envelope)).status).toBe(200);
  const reply = await waitFor(
    () => s.fake.callsTo('chat.postMessage').find((c) => c.body.thread_ts === envelope.event.ts),
    5000,
    'the normal answer',
  );
  expect(String(reply.body.text)).toMatch(WP1);
  await pause(50);
  expectNothingTwice(s.fake.calls);
}

/** The one reply in the thread of `envelope`. */
async function replyTo(envelope: ReturnType<typeof mention>): Promise<RecordedCall> {
  return waitFor(
    () => s.fake.callsTo('chat.postMessage').find((c) => c.body.thread_ts === envelope.event.ts),
    5000,
    'the reply',
  );
}

const mentionRows: [string, string, RegExp | string][] = [
  ['an empty mention', '', HELP],
  ['a whitespace-only mention', '  \n\t  ', HELP],
  ['a 100 KB message', `who leads WP1? ${'x'.repeat(100 * 1024)}`, LONG_NOTE],
  ['control characters', '\u0000\u0007 who leads WP1?\u0008\u007f\u009b', WP1],
  ['an ANSI escape sequence', '\u001b[31mwho leads WP1?\u001b[0m', WP1],
  ['unpaired surrogates', '\ud800who leads WP1?\udfff', WP1],
  ['emoji', '🙂 who leads WP1? 👍🏽👨‍👩‍👧', WP1],
  ['right-to-left text and marks', '\u202ewho leads WP1?\u200f', WP1],
  ['right-to-left script', 'مَن يقود WP1؟', /EuCanImage/],
  ['combining characters', 'who\u0301 le\u0300ads WP1\u0308?', WP1],
];

describe('bad input through Slack: a clear answer or a 4xx, never a crash or a double post', () => {
  it.each(mentionRows)('answers %s clearly, once', async (_name, text, expected) => {
    const envelope = mention(text);
    const res = await postEvent(s.eventsUrl, envelope);
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3000);
    const reply = await replyTo(envelope);
    const body = String(reply.body.text);
    if (typeof expected === 'string') expect(body).toContain(expected);
    else expect(body).toMatch(expected);
    expect(body.length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
    expect(JSON.stringify(reply.body.blocks).length).toBeLessThan(
      SLACK_LIMITS.messageBlocksText * 2,
    );
    await expectStillServing();
  });

  it.each([
    ['JSON sent as text/plain (Bolt reads it as JSON)', 'text/plain', 200],
    ['XML', 'application/xml', 400],
    ['multipart form data', 'multipart/form-data; boundary=x', 400],
  ])('handles %s', async (_name, contentType, status) => {
    const body = contentType.startsWith('text/')
      ? JSON.stringify(mention('who leads WP1?'))
      : contentType.startsWith('multipart')
        ? '--x\r\ncontent-disposition: form-data; name="a"\r\n\r\nb\r\n--x--'
        : '<event type="app_mention"/>';
    expect((await postRaw(body, contentType)).status).toBe(status);
    await expectStillServing();
  });

  it.each([
    ['an empty body', '', 400],
    ['invalid JSON', '{"type": "event_callback", "event": {', 400],
    ['JSON null', 'null', 400],
    ['a JSON array', '[]', 400],
    ['a JSON string', '"hello"', 400],
    ['an event that is a string', JSON.stringify({ ...mention('x'), event: 'app_mention' }), 400],
    ['a form without payload', 'a=b', 400],
    ['a form with a broken payload', 'payload=%7Bnot-json', 400],
    ['an unknown event type', JSON.stringify({ ...mention('x'), event: { type: 'weird' } }), 200],
    ['a mention without text', JSON.stringify(mention('x')).replace(/"text":"[^"]*",/, ''), 200],
    [
      'invalid UTF-8 (Bolt checks the signature on the decoded text, so it does not match)',
      Buffer.concat([
        Buffer.from('{"type":"event_callback","event":{"type":"app_mention","text":"'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('"}}'),
      ]),
      401,
    ],
    [
      '5 MB of JSON (over Bolt’s 4 MB limit)',
      JSON.stringify({ ...mention('x'), pad: 'x'.repeat(5e6) }),
      413,
    ],
  ])('answers %s with a 4xx or a clear answer', async (name, body, status) => {
    const form = name.startsWith('a form');
    const res = await postRaw(
      body,
      form ? 'application/x-www-form-urlencoded' : 'application/json',
    );
    expect(res.status).toBe(status);
    if (name === 'a mention without text')
      expect(
        String((await waitFor(() => s.fake.callsTo('chat.postMessage')[0])).body.text),
      ).toMatch(HELP);
    await expectStillServing();
  });

  it('answers a mention whose event carries JSON nested 100,000 levels deep', async () => {
    const envelope = mention('who leads WP1?');
    const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const body = JSON.stringify({ ...envelope, event: { ...envelope.event, blocks: '§' } });
    expect((await postRaw(body.replace('"§"', nested), 'application/json')).status).toBe(200);
    expect(String((await replyTo(envelope)).body.text)).toMatch(WP1);
    await expectStillServing();
  });

  it.each(['', '   '])('answers a slash command with text %j with help and usage', async (text) => {
    expect((await postCommand(s.eventsUrl, slashCommand(s.fake, text, 'empty'))).status).toBe(200);
    const reply = await waitFor(() => s.fake.callsTo('response_url')[0], 5000, 'the help');
    expect(String(reply.body.text)).toMatch(HELP);
    expect(JSON.stringify(reply.body.blocks)).toContain('Usage: `/eucan <question>`');
    await expectStillServing();
  });

  it('answers a button click without a value with help, and ignores a malformed one', async () => {
    const click = buttonClick(s.fake, 'suggest-0', '', inChannel);
    const { value: _dropped, ...action } = click.actions[0] ?? {};
    expect((await postAction(s.eventsUrl, { ...click, actions: [action] })).status).toBe(200);
    expect(String((await waitFor(() => s.fake.callsTo('chat.postMessage')[0])).body.text)).toMatch(
      HELP,
    );
    const malformed = await postAction(s.eventsUrl, { ...click, actions: 'not-a-list' });
    expect(malformed.status).toBe(400);
    await expectStillServing();
    expect(s.fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('still signs nothing it should not: an unsigned body is refused with 401', async () => {
    const res = await fetch(s.eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signatureHeaders('{}', 1) },
      body: JSON.stringify(mention('who leads WP1?')),
    });
    expect(res.status).toBe(401);
    await expectStillServing();
  });

  it('answers a replayed signed /eucan once: same body, same timestamp, same signature', async () => {
    const command = slashCommand(s.fake, 'who leads WP1?', 'replayed');
    const timestamp = Math.floor(Date.now() / 1000);
    for (let i = 0; i < 3; i++)
      expect((await postCommand(s.eventsUrl, command, { timestamp })).status).toBe(200);
    await waitFor(() => s.fake.callsTo('response_url')[0], 5000, 'the answer');
    await pause(300);
    expect(s.fake.callsTo('response_url')).toHaveLength(1);
    await expectStillServing();
  });

  it('answers a replayed button click once', async () => {
    const click = buttonClick(s.fake, 'suggest-0', 'who leads WP2?', inChannel);
    const timestamp = Math.floor(Date.now() / 1000);
    for (let i = 0; i < 3; i++)
      expect((await postAction(s.eventsUrl, click, { timestamp })).status).toBe(200);
    await waitFor(() => s.fake.callsTo('chat.postMessage')[0], 5000, 'the answer');
    await pause(300);
    expect(s.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers an event with a numeric event_id once, however often it comes', async () => {
    const base = mention('who leads WP3?');
    const envelope = { ...base, event_id: 424242 };
    for (let i = 0; i < 3; i++) expect((await postEvent(s.eventsUrl, envelope)).status).toBe(200);
    await replyTo(base);
    await pause(300);
    expect(s.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it.each([
    ['a text given twice', 'command=%2Feucan&text=who+leads+WP1%3F&text=x&user_id=U1'],
    ['a command given twice', 'command=%2Feucan&command=%2Feucan&text=hi&user_id=U1'],
  ])('answers 400 to a slash command form with %s, not a TypeError', async (_name, form) => {
    const res = await postRaw(
      `${form}&trigger_id=${Date.now()}`,
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/given more than once/);
    await expectStillServing();
    expect(s.recentRaw()).not.toContain('TypeError');
  });

  it('answers 400 to a JSON slash command whose text is not a string', async () => {
    const command = { ...slashCommand(s.fake, 'x'), text: 42 };
    const res = await postRaw(JSON.stringify(command), 'application/json');
    expect(res.status).toBe(400);
    await expectStillServing();
    expect(s.recentRaw()).not.toContain('TypeError');
  });
});
