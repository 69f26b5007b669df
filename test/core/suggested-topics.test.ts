import { describe, expect, it } from 'vitest';
import { canonicalWord, foldCase, splitWords } from '../../src/core/text/normalise.js';
import { STOPWORDS } from '../../src/core/text/stopwords.js';
import { loadGoldenSet } from '../golden/golden-set.js';
import { realBot } from '../helpers/real-bot.js';
import { wordnetLemmas, wordnetLemmasOf } from '../helpers/wordnet.js';

const bot = realBot();

/**
 * The least confidence of the answer to a suggested "Who works on X?": a keyword or summary match
 * of the whole question (FIELD_WEIGHT.summary = 0.8), which is also where the Slack renderer
 * states an answer plainly. A word found only in a source sentence (0.6) or a profile (0.35),
 * such as "year" or "out", scores less: no concept of the dataset to offer.
 */
const MIN_SUGGESTED_CONFIDENCE = 0.8;

/** Forms that reach "did you mean" and "I can answer": an unknown word next to a known one. */
const FORMS = ['who can help me with the X approval?', 'who works on X', 'X'];

/** A letter dropped somewhere after the first: a typo "did you mean" may fix. */
function typo(word: string, seed: number): string {
  const at = 1 + (seed % Math.max(1, word.length - 2));
  return word.slice(0, at) + word.slice(at + 1);
}

/** WordNet's base forms of a word: itself, and without -s, -es, -ed or -ing. */
function baseForms(word: string): string[] {
  return [
    word,
    ...['s', 'es', 'ed', 'ing']
      .filter((e) => word.endsWith(e))
      .map((e) => word.slice(0, -e.length)),
  ];
}

/** A word WordNet knows only as a verb ("started", "brings"): a relation, not a topic. */
function isOnlyAVerb(word: string): boolean {
  const forms = baseForms(foldCase(word));
  const as = (pos: 'noun' | 'verb' | 'adj' | 'adv') =>
    forms.some((f) => wordnetLemmasOf(pos).has(f));
  return as('verb') && !as('noun') && !as('adj');
}

/** Every "Who works on X?" the bot suggests to these questions, with a question that got it. */
function suggestedTopics(questions: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const question of questions)
    for (const s of bot.answer(question).suggestions) {
      const topic = /^Who works on (.+)\?$/.exec(s.question)?.[1];
      if (topic !== undefined && !found.has(topic)) found.set(topic, question);
    }
  return found;
}

describe('a suggested "Who works on X?"', () => {
  it('offers only concepts the dataset has, over golden, WordNet and mistyped questions (property)', () => {
    const questions = loadGoldenSet().map((c) => c.q);
    wordnetLemmas().forEach((lemma, i) => {
      if (i % 12 === 0) questions.push((FORMS[(i / 12) % FORMS.length] ?? 'X').replace('X', lemma));
    });
    const words = [
      ...new Set(splitWords(JSON.stringify(bot.dataset)).filter((w) => w.length >= 4)),
    ];
    words.forEach((w, i) => {
      questions.push((FORMS[i % FORMS.length] ?? 'X').replace('X', typo(w, i)));
    });
    const topics = suggestedTopics(questions);
    const wrong: string[] = [];
    for (const [topic, question] of topics) {
      const answer = bot.answer(`Who works on ${topic}?`);
      const words = splitWords(topic);
      if (words.every((w) => STOPWORDS.has(canonicalWord(foldCase(w)))))
        wrong.push(`${topic}: a stop word (from ${JSON.stringify(question)})`);
      else if (words.length === 1 && isOnlyAVerb(topic))
        wrong.push(`${topic}: a verb (from ${JSON.stringify(question)})`);
      else if (answer.partners.length === 0 || answer.confidence < MIN_SUGGESTED_CONFIDENCE)
        wrong.push(`${topic}: answered at ${answer.confidence} (from ${JSON.stringify(question)})`);
    }
    // biome-ignore lint/suspicious/noConsole: the figure goes into docs/RELIABILITY.md.
    console.info(`${topics.size} topics suggested over ${questions.length} questions`);
    expect(topics.size).toBeGreaterThan(20);
    expect(wrong.slice(0, 20)).toEqual([]);
  }, 30_000);

  it.each([
    ['what happened last year', 'year'],
    ['who figures out how sure the AI is', 'out'],
    ['best pizza recipe please', 'best'],
    ['when is the next consortium meeting?', 'next'],
  ])('is never offered for %j on %j', (question, word) => {
    const offered = bot.answer(question).suggestions.map((s) => s.question);
    expect(offered).not.toContain(`Who works on ${word}?`);
  });
});
