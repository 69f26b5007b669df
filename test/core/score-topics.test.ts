import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/generate-dataset.js';
import { createBot, parseDataset } from '../../src/core/index.js';
import { parseQuestion } from '../../src/core/understand/parse-question.js';
import { RELATIVE_CUTOFF, scoreTopics } from '../../src/core/understand/score-topics.js';

const dataset = parseDataset(generateDataset(400, 11), 'generated 400');
const { index } = createBot(dataset);
const QUESTIONS = [
  'Who works on data quality?',
  'Who leads machine learning?',
  'breast cancer screening',
  'Who works on gdpr and federated learning?',
  'Who handles radiomics?',
];

describe('scoreTopics', () => {
  it.each(QUESTIONS)('keeps the best matches of a full ranking: %s', (question) => {
    const { topics, cues } = parseQuestion(index, question);
    expect(topics.length).toBeGreaterThan(0);
    const leadAsked = cues.has('lead');
    const all = scoreTopics(index, topics, { leadAsked, limit: dataset.partners.length });
    const few = scoreTopics(index, topics, { leadAsked, limit: 8 });
    expect(few.top).toEqual(all.top.slice(0, 8));
    expect(few.best).toBe(all.top[0]?.score ?? 0);
    expect(few.kept).toBe(all.top.filter((m) => m.score >= RELATIVE_CUTOFF * few.best).length);
    expect(few.kept).toBeGreaterThan(8);
    // Best first (scores are capped at 1, so ties at the top keep the uncapped order).
    for (const [i, m] of all.top.entries())
      expect(m.score).toBeGreaterThanOrEqual(all.top[i + 1]?.score ?? 0);
  });

  it('ranks a few partners alone as it ranks them among all', () => {
    const { topics } = parseQuestion(index, 'Who works on data quality?');
    const only = [3, 10, 42, 99, 250];
    const alone = scoreTopics(index, topics, { leadAsked: false, only, limit: 8 });
    expect(alone.top.every((m) => only.includes(index.partnerOrdinal.get(m.partnerId) ?? -1))).toBe(
      true,
    );
    const single = scoreTopics(index, topics, { leadAsked: false, only: [42], limit: 1 });
    expect(single.top.map((m) => m.partnerId)).toEqual(
      alone.top.filter((m) => m.partnerId === dataset.partners[42]?.id).map((m) => m.partnerId),
    );
  });
});
