import { describe, expect, it } from 'vitest';
import { TEAMS_LIMITS } from '../../adapters/teams/limits.js';
import { postActivity } from '../adapters/teams/helpers/teams-server.js';
import { health, pause, postBytes, teamsMessage, useBothServers } from './helpers.js';

const s = useBothServers();
const HELP = /I answer questions about the EuCanImage consortium/;
const LONG_NOTE = 'I read only its first 500 characters';
const WP1 = /WP1 is led by \*\*LYN\*\*/;

const messages = () => `${s.url}/api/messages`;
const sent = (i = 0) => JSON.stringify(s.connector.calls[i]?.body ?? '');

/** Every activity got at most one reply. */
function expectNothingTwice(): void {
  const targets = s.connector.calls.map((c) => `${c.conversationId}|${c.replyToId}`);
  expect(new Set(targets).size).toBe(targets.length);
}

/** The server is healthy and answers a normal question, once. */
async function expectStillServing(): Promise<void> {
  expect(await health(s.url)).toBe(200);
  const before = s.connector.calls.length;
  expect((await postActivity(s.url, teamsMessage(s.connector.url, 'who leads WP1?'))).status).toBe(
    200,
  );
  expect(s.connector.calls).toHaveLength(before + 1);
  expect(sent(before)).toMatch(WP1);
  expectNothingTwice();
}

const textRows: [string, unknown, RegExp | string][] = [
  ['an empty message', '', HELP],
  ['a whitespace-only message', ' \n\t ', HELP],
  ['a message with no text', undefined, HELP],
  ['a 100 KB message', `who leads WP1? ${'x'.repeat(100 * 1024)}`, LONG_NOTE],
  ['control characters', '\u0000\u0007 who leads WP1?\u0008\u007f', WP1],
  ['unpaired surrogates', '\ud800who leads WP1?\udfff', WP1],
  ['emoji', '🙂 who leads WP1? 👍🏽👨‍👩‍👧', WP1],
  ['right-to-left marks', '\u202ewho leads WP1?\u200f', WP1],
  ['right-to-left script', 'مَن يقود WP1؟', /EuCanImage/],
  ['combining characters', 'who\u0301 le\u0300ads WP1\u0308?', WP1],
];

describe('bad input through Teams: a clear answer or a 4xx, never a crash or a double post', () => {
  it.each(textRows)('answers %s clearly, once', async (_name, text, expected) => {
    const res = await postActivity(s.url, teamsMessage(s.connector.url, '', { text }));
    expect(res.status).toBe(200);
    expect(s.connector.calls).toHaveLength(1);
    if (typeof expected === 'string') expect(sent()).toContain(expected);
    else expect(sent()).toMatch(expected);
    // Teams counts the payload in UTF-16: two bytes a character.
    expect(sent().length * 2).toBeLessThanOrEqual(TEAMS_LIMITS.maxPayloadBytes);
    await expectStillServing();
  });

  it.each([
    ['an unknown type', { type: 'fooBar' }, 200],
    ['typing', { type: 'typing' }, 200],
    ['a reaction', { type: 'messageReaction' }, 200],
    ['an event', { type: 'event', name: 'whatever' }, 200],
    ['a conversationUpdate without members', { type: 'conversationUpdate' }, 200],
    ['an invoke eucanbot does not handle', { type: 'invoke', name: 'task/fetch' }, 400],
    ['a number as text', { text: 42 }, 400],
    ['no sender', { from: undefined }, 400],
    ['no conversation', { conversation: undefined }, 400],
    ['no serviceUrl', { serviceUrl: undefined }, 400],
    ['no type', { type: undefined }, 400],
  ])('answers an activity with %s with no reply or a 4xx', async (_name, fields, status) => {
    const res = await postActivity(s.url, teamsMessage(s.connector.url, 'who leads WP1?', fields));
    expect(res.status).toBe(status);
    if (status >= 400) expect(JSON.stringify(res.body)).toMatch(/activity|invoke/);
    expect(s.connector.calls).toHaveLength(0);
    await expectStillServing();
  });

  it('answers a card button whose value is not a question with help', async () => {
    const res = await postActivity(
      s.url,
      teamsMessage(s.connector.url, '', { text: undefined, value: { question: 42 } }),
    );
    expect(res.status).toBe(200);
    expect(sent()).toMatch(HELP);
    await expectStillServing();
  });

  const json = { 'content-type': 'application/json' };
  it.each([
    ['an empty body', '', json, 400],
    ['invalid JSON', '{"type": "message", ', json, 400],
    ['JSON null', 'null', json, 400],
    ['a JSON array', '[]', json, 400],
    ['XML', '<activity type="message"/>', { 'content-type': 'application/xml' }, 400],
    ['JSON sent as text/plain', '{"type": "message"}', { 'content-type': 'text/plain' }, 400],
    [
      'a form',
      'type=message&text=hi',
      { 'content-type': 'application/x-www-form-urlencoded' },
      400,
    ],
    ['300 KB of JSON (over the 256 KB limit)', JSON.stringify({ pad: 'x'.repeat(3e5) }), json, 413],
  ])('refuses %s with a 4xx', async (_name, body, headers, status) => {
    const res = await postBytes(messages(), body, headers);
    expect(res.status).toBe(status);
    expect(JSON.parse(res.text)).toHaveProperty('error');
    await pause(50);
    expect(s.connector.calls).toHaveLength(0);
    await expectStillServing();
  });

  it('answers a message with invalid UTF-8 in its text, read with replacement characters', async () => {
    const [head, tail] = JSON.stringify(teamsMessage(s.connector.url, 'who leads WP1? ~')).split(
      '~',
    );
    const body = Buffer.concat([
      Buffer.from(head ?? ''),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(tail ?? ''),
    ]);
    expect((await postBytes(messages(), body, json)).status).toBe(200);
    expect(sent()).toMatch(WP1);
    await expectStillServing();
  });

  it('answers a message carrying JSON nested 100,000 levels deep', async () => {
    const activity = teamsMessage(s.connector.url, 'who leads WP1?', { channelData: '§' });
    const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const body = JSON.stringify(activity).replace('"§"', nested);
    expect((await postBytes(messages(), body, json)).status).toBe(200);
    expect(sent()).toMatch(WP1);
    await expectStillServing();
  });

  it('answers the same activity delivered twice only once', async () => {
    const activity = teamsMessage(s.connector.url, 'who leads WP2?');
    expect((await postActivity(s.url, activity)).status).toBe(200);
    expect((await postActivity(s.url, activity)).status).toBe(200);
    expect(s.connector.calls).toHaveLength(1);
    expect(s.recent().some((l) => l.msg === 'repeated activity skipped')).toBe(true);
    await expectStillServing();
  });
});
