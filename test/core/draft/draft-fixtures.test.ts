import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScore, loadDraftCases, scoreDraft } from '../../../scripts/draft-score.js';
import { todoProblems } from '../../../src/core/dataset/check-todos.js';
import { checkDataset } from '../../../src/core/dataset/validate-dataset.js';
import { draftDataset } from '../../../src/core/draft/draft-dataset.js';

const CASES = loadDraftCases();

function draftOf(file: string) {
  const text = readFileSync(file, 'utf8');
  return {
    text,
    draft: draftDataset(text, { sourceDocument: path.basename(file), fallbackName: 'X' }),
  };
}

describe.each(CASES)('drafting $name', ({ file, expected }) => {
  const { text, draft } = draftOf(file);
  const score = scoreDraft(draft, expected);
  score.todos = todoProblems(draft).length;
  // biome-ignore lint/suspicious/noConsole: the figures go into the docs.
  console.info(`${path.basename(file)}\n  ${formatScore(score).join('\n  ')}`);

  it('finds every partner, country and coordinator', () => {
    expect(score.partners.extra).toEqual([]);
    expect(score.partners.right).toBe(score.partners.total);
    expect(score.countries.wrong).toEqual([]);
    expect(score.coordinator).toBe(true);
  });

  it('names every work-package leader the text names', () => {
    expect(score.namedLeaders.right).toBe(score.namedLeaders.total);
  });

  it('finds at least 90 % of the role sentences', () => {
    expect(score.roleSentences.right / score.roleSentences.total).toBeGreaterThanOrEqual(0.9);
  });

  it('states no lead that the text does not state, and misses none', () => {
    expect(score.leads.wrong).toEqual([]);
    expect(score.leads.missing).toEqual([]);
  });

  it('quotes whole sentences and passes validate --source but for its todo markers', () => {
    const problems = checkDataset(draft, { document: text }).problems;
    expect(problems.filter((p) => p.todo !== true)).toEqual([]);
  });

  it('marks every guessed kind and shortened summary to check', () => {
    for (const partner of draft.partners) {
      expect(partner.todo?.kind).toBeDefined();
      for (const role of partner.roles) expect(role.todo?.summary).toBeDefined();
    }
    expect(score.todos).toBeGreaterThan(draft.partners.length);
  });

  it('marks any leader it did not read from a statement', () => {
    for (const wp of draft.workPackages)
      if (wp.leader !== null && !expected.workPackages.some((w) => w.id === wp.id && w.leader))
        expect(wp.todo?.leader).toBeDefined();
  });
});
