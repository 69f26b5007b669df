import { describe, expect, it } from 'vitest';
import { Answer } from '../../src/core/index.js';
import { checkAnswer, GoldenFamily, loadGoldenSet, PARTNER_KEYS } from '../golden/golden-set.js';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();
const { dataset } = bot;
const cases = loadGoldenSet();

describe('golden set file', () => {
  it('has at least 170 questions, none repeated', () => {
    const questions = cases.map((c) => c.q);
    expect(questions.length).toBeGreaterThanOrEqual(170);
    expect(questions.filter((q, i) => questions.indexOf(q) !== i)).toEqual([]);
  });

  it('covers every family', () => {
    const families = new Set(cases.map((c) => c.family));
    expect([...GoldenFamily.options].filter((f) => !families.has(f))).toEqual([]);
  });

  it('names only partners and work packages that are in the dataset', () => {
    const partnerIds = new Set(dataset.partners.map((p) => p.id));
    const wpIds = new Set(dataset.workPackages.map((wp) => wp.id));
    const unknown = cases.flatMap(({ q, expect: e }) => [
      ...PARTNER_KEYS.flatMap((key) => {
        const value = e[key];
        return typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
      })
        .filter((id) => !partnerIds.has(id))
        .map((id) => `${q}: partner ${id}`),
      ...(e.workPackages ?? []).filter((id) => !wpIds.has(id)).map((id) => `${q}: ${id}`),
    ]);
    expect(unknown).toEqual([]);
  });
});

describe('golden questions', () => {
  const named = cases.map((c) => [`${c.family}: ${c.q}`, c] as const);
  it.each(named)('%s', (_name, { q, expect: expectation }) => {
    const answer = bot.answer(q);
    const parsed = Answer.safeParse(answer);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(checkAnswer(answer, expectation)).toEqual([]);
  });
});
