import { describe, expect, it } from 'vitest';
import { canonicalTokens } from '../../src/core/text/normalise.js';
import { groupingOfSubject } from '../../src/core/understand/grouping-subject.js';
import { parseQuestion } from '../../src/core/understand/parse-question.js';
import { groupingsBot } from '../helpers/groupings-bot.js';
import { realBot } from '../helpers/real-bot.js';

describe('a work package named by its subject', () => {
  // The words next to "WP" name one work package, the rest of the question another: the
  // answer once covered both under a headline saying the subject was only the topics' one.
  it.each([
    ["who's in charge of the ethics WP dealing with the dissemination?", ['WP1', 'WP7']],
    ['which partner leads the annotation work package covering the catalogue?', ['WP3', 'WP4']],
    ['who heads the legal work package on training?', ['WP1', 'WP7']],
    ['who is leading the AI assessment platform WP regarding clinical use cases?', ['WP2', 'WP6']],
  ])('%s → both work packages, neither claimed as the one meant', (question, ids) => {
    const answer = realBot().answer(question);
    expect(answer.workPackages.map((wp) => wp.id).sort()).toEqual(ids);
    expect(answer.headline).not.toMatch(/^The work package on .* is WP\d/);
  });

  it.each([
    ['who heads the anonymisation work package?', 'WP4'],
    ['who is in charge of the legal and ethics WP?', 'WP1'],
    ['which partner leads the work package on the catalogue?', 'WP3'],
  ])('%s → the one both readings name, confirmed in the headline', (question, id) => {
    const answer = realBot().answer(question);
    expect(answer.workPackages.map((wp) => wp.id)).toEqual([id]);
    expect(answer.headline).toMatch(new RegExp(`^The work package on .* is ${id}\\.`));
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
