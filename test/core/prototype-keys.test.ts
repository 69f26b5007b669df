import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Answer,
  createBot,
  Dataset,
  findDatasetProblems,
  parseDataset,
} from '../../src/core/index.js';
import { realBot } from '../helpers/real-bot.js';

/** Every name a plain object answers to without having it: what a word table must not reach. */
const PROTOTYPE_KEYS = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];
const TEMPLATES = [
  'X',
  'what does X do?',
  'who works on X',
  'X partners in Spain',
  "who's X",
  'who re X',
  'X re',
  'partners not in X',
  'who leads X?',
];
const ask = (template: string, word: string): string => template.replace('X', word);

/** Answers, and fails with the question shown when answering throws or the Answer is invalid. */
function answerOf(bot: { answer(q: string): Answer }, question: string): Answer {
  let answer: Answer;
  try {
    answer = bot.answer(question);
  } catch (error) {
    throw new Error(`answer(${JSON.stringify(question)}) threw: ${String(error)}`);
  }
  expect(Answer.safeParse(answer).success).toBe(true);
  expect(answer.text.trim()).not.toBe('');
  return answer;
}

describe('words that are properties of Object.prototype', () => {
  const bot = realBot();

  it('are answered alone and in questions, in any case, without a throw', () => {
    for (const key of PROTOTYPE_KEYS)
      for (const word of [key, key.toLowerCase(), key.toUpperCase()])
        for (const template of TEMPLATES) answerOf(bot, ask(template, word));
  });

  it('are answered in mixed case and beside other words (property)', () => {
    const word = fc.mixedCase(fc.constantFrom(...PROTOTYPE_KEYS));
    fc.assert(
      fc.property(
        fc.constantFrom(...TEMPLATES),
        fc.array(word, { minLength: 1, maxLength: 4 }),
        (t, w) => {
          answerOf(bot, ask(t, w.join(' ')));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('are unknown words to a dataset that does not use them', () => {
    const answer = answerOf(bot, 'what does constructor do?');
    expect(answer.intent).toBe('unknown');
    expect(answer.text).toContain("I don't know about “constructor”");
  });
});

/**
 * A small consortium whose ids, names, aliases, keywords, synonyms and country are prototype
 * keys. The validator refuses the country, which no gazetteer knows, so `country` picks one it
 * does; the bot is built from the other, as code that skips validation may, and must survive it.
 */
function prototypeDataset(country = 'propertyIsEnumerable'): Dataset {
  const role = (keywords: string[], wp: string | null, source: string, lead = false) => ({
    summary: `Works on ${keywords.join(' and ')}`,
    wp,
    lead,
    keywords,
    source,
  });
  return Dataset.parse({
    consortium: {
      name: 'toString',
      description: 'A consortium named after what plain objects inherit.',
      coordinator: 'constructor',
      sourceDocument: null,
    },
    workPackages: [
      {
        id: 'WP1',
        title: 'valueOf',
        covers: 'The hasOwnProperty and isPrototypeOf work.',
        keywords: ['hasOwnProperty', '__proto__'],
        leader: 'constructor',
        leaderSource: 'CTOR leads WP1 on hasOwnProperty.',
        sources: ['CTOR leads WP1 on hasOwnProperty.'],
      },
    ],
    partners: [
      {
        id: 'constructor',
        acronym: 'CTOR',
        legalName: 'Constructor Institute',
        name: 'Constructor Institute',
        aliases: ['__proto__', 'hasOwnProperty'],
        country: 'Spain',
        kind: 'university',
        parent: null,
        coordinator: true,
        profile: 'An institute that studies the valueOf prototypes.',
        roles: [role(['hasOwnProperty'], 'WP1', 'CTOR leads WP1 on hasOwnProperty.', true)],
      },
      {
        id: 'tostring',
        acronym: 'toString',
        legalName: 'toString Labs',
        name: 'toString Labs',
        aliases: ['valueOf'],
        country,
        kind: 'company',
        parent: { id: 'constructor', relation: '__proto__ partner' },
        coordinator: false,
        profile: 'A company that builds isPrototypeOf tools.',
        roles: [
          role(
            ['__proto__', 'toLocaleString', 'isPrototypeOf tooling'],
            'WP1',
            'toString Labs maintains the __proto__ and toLocaleString isPrototypeOf tooling in WP1.',
          ),
        ],
      },
    ],
    synonyms: [{ terms: ['prototype', 'constructor', '__defineGetter__'] }],
  });
}

describe('a dataset whose ids, aliases and keywords are Object.prototype keys', () => {
  const bot = createBot(prototypeDataset());

  it('is valid but for its country, which the validator names', () => {
    expect(() => parseDataset(prototypeDataset('Spain'))).not.toThrow();
    expect(findDatasetProblems(prototypeDataset()).map((p) => p.path)).toEqual([
      'partners[1].country',
    ]);
  });

  it('builds its index and answers every prototype-key question without a throw', () => {
    for (const key of PROTOTYPE_KEYS)
      for (const template of TEMPLATES) answerOf(bot, ask(template, key));
  });

  it('finds partners by names and aliases that are prototype keys', () => {
    expect(answerOf(bot, 'what does CTOR do?').partners.map((p) => p.id)).toEqual(['constructor']);
    expect(answerOf(bot, 'what does toString do?').partners.map((p) => p.id)).toEqual(['tostring']);
    expect(answerOf(bot, 'what does valueOf do?').partners.map((p) => p.id)).toEqual(['tostring']);
    expect(answerOf(bot, 'tell me about hasOwnProperty').partners[0]?.id).toBe('constructor');
  });

  it('finds topics by keywords that are prototype keys', () => {
    const proto = answerOf(bot, 'who works on toLocaleString?');
    expect(proto.intent).toBe('topic');
    expect(proto.partners.map((p) => p.id)).toEqual(['tostring']);
    const tooling = answerOf(bot, 'who does isPrototypeOf tooling');
    expect(tooling.partners[0]?.id).toBe('tostring');
  });

  it('reads a country and a relation named like prototype keys', () => {
    expect(answerOf(bot, 'partners in propertyIsEnumerable').partners.map((p) => p.id)).toEqual([
      'tostring',
    ]);
    const relation = answerOf(bot, 'which partner is a proto partner?');
    expect(relation.partners.map((p) => p.id)).toEqual(['tostring']);
  });

  it('answers about its work package and coordinator', () => {
    expect(answerOf(bot, 'who leads WP1?').partners[0]?.id).toBe('constructor');
    expect(answerOf(bot, 'who is the coordinator?').partners[0]?.id).toBe('constructor');
  });
});
