import { describe, expect, it } from 'vitest';
import { clampText, neutraliseMarkup } from '../../../adapters/teams/escape.js';
import { questionFromActivity } from '../../../adapters/teams/mention.js';

const BOT = { id: '28:bot', name: 'eucanbot' };
const mention = (id: string, name: string) => ({
  type: 'mention',
  text: `<at>${name}</at>`,
  mentioned: { id, name },
});

describe('questionFromActivity', () => {
  it('strips the bot mention only; other mentions stay as names', () => {
    const activity = {
      text: '<at>eucanbot</at> who leads WP5? ask <at>Alice Martin</at>',
      recipient: BOT,
      entities: [mention(BOT.id, 'eucanbot'), mention('29:alice', 'Alice Martin')],
    };
    expect(questionFromActivity(activity)).toBe('who leads WP5? ask Alice Martin');
  });

  it('keeps a mention of someone who shares the bot name but not its id', () => {
    const activity = {
      text: '<at>eucanbot</at> partners in Spain',
      recipient: BOT,
      entities: [mention('29:someone-else', 'eucanbot')],
    };
    expect(questionFromActivity(activity)).toBe('eucanbot partners in Spain');
  });

  it('strips the bot mention wherever it is, and decodes the HTML entities Teams sends', () => {
    const activity = {
      text: 'who handles R&amp;D &amp; GDPR&nbsp;<at>eucanbot</at>?\n',
      recipient: BOT,
      entities: [mention(BOT.id, 'eucanbot')],
    };
    expect(questionFromActivity(activity)).toBe('who handles R&D & GDPR ?');
  });

  it('drops formatting tags but keeps their text', () => {
    const activity = { text: '<p><strong>who</strong> leads WP1?</p>', recipient: BOT };
    expect(questionFromActivity(activity)).toBe('who leads WP1?');
  });

  it('takes value.question from a card button before the text', () => {
    const activity = { text: 'ignored', value: { question: 'Who is in WP2?' }, recipient: BOT };
    expect(questionFromActivity(activity)).toBe('Who is in WP2?');
  });

  it.each([
    ['no text', { recipient: BOT }],
    ['text that is not a string', { text: 42, recipient: BOT }],
    ['entities that are not mentions', { text: 'hi', entities: [null, 3, { type: 'clientInfo' }] }],
    ['no object at all', null],
  ])('copes with %s', (_name, activity) => {
    expect(typeof questionFromActivity(activity)).toBe('string');
  });
});

describe('neutraliseMarkup', () => {
  it.each([
    ['<at>Alice</at> hi', '‹at>Alice‹/at> hi'],
    ['<a href="https://x">x</a>', '‹a href="https://x">x‹/a>'],
    ['[click](https://evil.example)', '[click] (https://evil.example)'],
    ['p < 0.05 and 3<4', 'p < 0.05 and 3<4'],
    ['**bold** stays', '**bold** stays'],
    ['bell\u0007 and line\u2028break', 'bell and linebreak'],
  ])('%j becomes %j', (input, output) => {
    expect(neutraliseMarkup(input)).toBe(output);
  });
});

describe('clampText', () => {
  it('keeps short text and cuts long text at a word with an ellipsis', () => {
    expect(clampText('short', 10)).toBe('short');
    const cut = clampText('one two three four five six', 15);
    expect(cut.length).toBeLessThanOrEqual(15);
    expect(cut).toBe('one two three…');
  });
});
