import { describe, expect, it } from 'vitest';
import { canonicalTokens } from '../../src/core/text/normalise.js';
import { groupingOfSubject } from '../../src/core/understand/grouping-subject.js';
import { parseQuestion } from '../../src/core/understand/parse-question.js';
import { groupingsBot } from '../helpers/groupings-bot.js';
import { realBot } from '../helpers/real-bot.js';

describe('a work package named by its subject', () => {
  // The words next to "WP" name one work package, the rest of the question another: the two
  // readings once answered both, under a headline that named only one.
  it.each([
    "who's in charge of the ethics WP dealing with the dissemination?",
    'which partner leads the annotation work package covering the catalogue?',
    'who heads the legal work package on training?',
    'who is leading the AI assessment platform WP regarding clinical use cases?',
  ])('%s → one work package, the one its headline names', (question) => {
    const answer = realBot().answer(question);
    expect(answer.workPackages).toHaveLength(1);
    const [wp] = answer.workPackages;
    expect(answer.headline).toContain(`is ${wp?.id}.`);
  });
});

describe('the one resolver of a grouping by its subject', () => {
  const { index } = groupingsBot();
  const words = (text: string) => ({ words: canonicalTokens(text) });
  const topics = (question: string) => ({ topics: parseQuestion(index, question).topics });

  it('reads the words next to any kind alike: case studies, pilots, work packages', () => {
    expect(groupingOfSubject(index, 'case study', words('freight logistics'))?.key).toBe('cs-1');
    expect(groupingOfSubject(index, 'pilot', words('helsinki'))?.key).toBe('pilot-b');
    expect(groupingOfSubject(index, 'work package', words('exploitation'))?.key).toBe('WP3');
  });

  it('prefers a grouping whose title or keywords hold the words over one whose text does', () => {
    // "pilots" is WP2's title; WP2 is also the only work package whose description says it.
    expect(groupingOfSubject(index, 'work package', words('pilots'))?.key).toBe('WP2');
    // A word no pilot's text holds names no pilot, whatever other kind it fits.
    expect(groupingOfSubject(index, 'pilot', words('freight'))).toBeNull();
  });

  it('names none where the subject fits two as well', () => {
    // Every case study fits an empty subject as well as any other: none is singled out.
    expect(groupingOfSubject(index, 'case study', { words: [] })).toBeNull();
    expect(groupingOfSubject(index, 'case study', { topics: [] })).toBeNull();
  });

  it('reads a question’s topics against other kinds than work packages', () => {
    // The fixture's topics come from its partners' roles: "travel surveys" is NBU's in Pilot B.
    expect(groupingOfSubject(index, 'pilot', topics('travel surveys'))?.key).toBe('pilot-b');
    expect(groupingOfSubject(index, 'pilot', topics('fleet software'))?.key).toBe('pilot-a');
  });
});
