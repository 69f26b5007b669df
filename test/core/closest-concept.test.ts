import { describe, expect, it } from 'vitest';
import { closestConcept } from '../../src/core/understand/closest-concept.js';
import { readingOf } from '../../src/core/understand/question-reading.js';
import { realBot } from '../helpers/real-bot.js';

describe('closestConcept, for the report’s suggestions', () => {
  const { index } = realBot();

  it('leads an everyday word to the dataset’s synonym group', () => {
    expect(closestConcept(index, 'scrubbing')).toMatchObject({
      label: 'anonymisation',
      synonymGroup: expect.arrayContaining(['pseudonymisation']),
    });
  });

  it('names a concept outside any group as the dataset writes it, not by its stem', () => {
    expect(closestConcept(index, 'tumour')).toMatchObject({
      label: 'oncology',
      synonymGroup: undefined,
    });
  });

  it('finds nothing for a word nothing explains', () => {
    expect(closestConcept(index, 'blorfing')).toBeUndefined();
  });
});

describe('readingOf, what the question log stores', () => {
  it('lists what was understood and the words that were not', () => {
    const bot = realBot();
    const question = 'hospitals in Spain not in WP4 doing blorfing';
    const reading = readingOf(bot.index, { resolvedQuestion: question });
    // Kept beside the answer by createBot: the same, without reading the question again.
    expect(readingOf(bot.index, bot.answer(question))).toEqual(reading);
    expect(reading).toMatchObject({
      kinds: ['hospital'],
      countries: ['Spain'],
      excluded: ['work package:WP4'],
      unexplained: ['blorfing'],
    });
  });
});
