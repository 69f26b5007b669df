import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/index.js';
import { buildCountryGazetteer } from '../../src/core/lexicon/countries.js';
import { buildRegions } from '../../src/core/lexicon/regions.js';
import { foldCase, splitWords } from '../../src/core/text/normalise.js';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';
import { realBot } from '../helpers/real-bot.js';
import { wordnetLemmas } from '../helpers/wordnet.js';

const bot = realBot();

/** The words of a text as the reader compares them: case and accents folded, numbers left out. */
function wordsOf(text: string): string[] {
  return splitWords(text)
    .map(foldCase)
    .filter((w) => !/^\d+$/.test(w));
}

/**
 * The words the bot writes itself: every string literal of the answer composers, the kind
 * labels and create-bot's note ("These are the closest matches I found for", "research
 * centre"). Comments are left out, so a stem in a comment cannot excuse one in an answer.
 */
function ownWords(): Set<string> {
  const files = [
    'src/core/create-bot.ts',
    'src/core/lexicon/unheld-subjects.ts',
    ...['src/core/answer', 'src/core/schema'].flatMap((dir) =>
      readdirSync(path.join(PACKAGE_ROOT, dir)).map((file) => path.join(dir, file)),
    ),
  ];
  const words = new Set<string>();
  for (const file of files) {
    const code = readFileSync(path.join(PACKAGE_ROOT, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const literal of code.match(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g) ?? [])
      for (const word of wordsOf(literal)) words.add(word);
  }
  return words;
}

/** Words an answer may show besides the question's: the dataset's, the gazetteer's, its own. */
const ALLOWED = new Set([
  ...wordsOf(JSON.stringify(bot.dataset)),
  ...buildCountryGazetteer().flatMap((c) => wordsOf(c.name)),
  ...buildRegions(buildCountryGazetteer()).flatMap((r) => wordsOf(r.label)),
  ...ownWords(),
]);

/** The words an answer shows that are in neither the question, the dataset nor the bot's text. */
function strangeWords(question: string, answer: Answer): string[] {
  const asked = new Set(wordsOf(question));
  const shown = [
    answer.headline,
    ...answer.notes,
    ...answer.suggestions.flatMap((s) => [s.label, s.question]),
  ].join('\n');
  return [...new Set(wordsOf(shown))].filter((w) => !ALLOWED.has(w) && !asked.has(w));
}

const TEMPLATES = [
  'X',
  'who works on X',
  'what does X do?',
  'X partners in Spain',
  'who leads X',
  'universities working on X',
  'who can help me with the X approval?',
  'is anyone doing X and data sharing',
];

/** A typo people make: a letter dropped, or two neighbours swapped, somewhere after the first. */
function typo(word: string, seed: number): string {
  const at = 1 + (seed % Math.max(1, word.length - 2));
  return seed % 2 === 0
    ? word.slice(0, at) + word.slice(at + 1)
    : word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
}

/** The dataset's words of four letters or more, as it writes them: what questions ask about. */
const datasetWords = [
  ...new Set(splitWords(JSON.stringify(bot.dataset)).filter((w) => w.length >= 4 && !/\d/.test(w))),
];

describe('words an answer shows', () => {
  it('are the dataset’s or the question’s, never a stem, over templates × words × typos', () => {
    // Each word in two templates as written and two with a typo, templates in turn: every pair
    // of template and word kind is met hundreds of times, in about 5,200 questions.
    const questions: string[] = [];
    const template = (i: number): string => TEMPLATES[i % TEMPLATES.length] ?? 'X';
    datasetWords.forEach((word, i) => {
      questions.push(template(i).replace('X', word), template(i + 3).replace('X', word));
      questions.push(template(i + 1).replace('X', typo(word, i)));
      questions.push(template(i + 5).replace('X', typo(word, i + 1)));
    });
    wordnetLemmas().forEach((lemma, i) => {
      if (i % 80 === 0) questions.push(template(i / 80).replace('X', lemma));
    });
    const strange = new Map<string, string>();
    for (const question of questions) {
      const answer = bot.answer(question);
      for (const word of strangeWords(question, answer))
        if (!strange.has(word)) strange.set(word, `${question} → ${answer.headline.slice(0, 80)}`);
    }
    expect(questions.length).toBeGreaterThan(5_000);
    expect([...strange].slice(0, 20)).toEqual([]);
  });

  it('are the dataset’s or the question’s for any mistyped dataset word (property)', () => {
    const word = fc.constantFrom(...datasetWords);
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATES), word, fc.nat(), (template, w, seed) => {
        const question = template.replace('X', typo(w, seed));
        expect(strangeWords(question, bot.answer(question))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('show a fixed typo as the dataset writes the word', () => {
    const answer = bot.answer('who works on analyes');
    expect(answer.intent).toBe('topic');
    expect(answer.headline).toMatch(/^On analys[ie]s:/);
  });
});
