import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/core/create-bot.js';
import { findDatasetProblems } from '../../../src/core/dataset/validate-dataset.js';
import { draftDataset } from '../../../src/core/draft/draft-dataset.js';
import type { Dataset } from '../../../src/core/schema/dataset.js';
import { PACKAGE_ROOT } from '../../../src/dataset/load-dataset.js';

const SEED = readFileSync(path.join(PACKAGE_ROOT, 'data', 'eucanimage-consortium.txt'), 'utf8');
const options = { sourceDocument: 'eucanimage-consortium.txt', fallbackName: 'eucanimage' };

/** A draft as a person leaves it who accepts every todo: the markers deleted, nothing else. */
function accepted(draft: Dataset): Dataset {
  const copy = structuredClone(draft);
  delete copy.consortium.todo;
  for (const wp of copy.workPackages) delete wp.todo;
  for (const partner of copy.partners) {
    delete partner.todo;
    for (const role of partner.roles) delete role.todo;
  }
  return copy;
}

describe('a draft of the seed', () => {
  const draft = draftDataset(SEED, options);

  it('fails validation until its todo markers are gone, then passes with its quotes', () => {
    expect(findDatasetProblems(draft).length).toBeGreaterThan(0);
    const done = accepted(draft);
    expect(findDatasetProblems(done, { document: SEED })).toEqual([]);
  });

  it('answers who-does-what questions once accepted', () => {
    const bot = createBot(accepted(draft));
    expect(bot.answer('who leads WP4?').partners[0]?.acronym).toBe('UAMS/TCIA');
    expect(bot.answer('who is the coordinator?').partners[0]?.acronym).toBe('UB');
    expect(
      bot
        .answer('partners in Sweden')
        .partners.map((p) => p.acronym)
        .sort(),
    ).toEqual(['CMRAD', 'UmU']);
    expect(bot.answer('who handles anonymisation?').partners.map((p) => p.acronym)).toContain(
      'UAMS/TCIA',
    );
  });
});

describe('texts with nothing to draft, or too much', () => {
  it.each([
    ['an empty text', ''],
    ['prose that names no organisation', 'We met on Tuesday. It rained. Nobody leads WP4.'],
    ['binary noise', '\u0000\u0001\uFFFD'.repeat(5000)],
    ['one very long line', `${'word '.repeat(100_000)}(ACR), Spain`],
  ])('%s gives a draft with no partners, without throwing', (_name, text) => {
    expect(draftDataset(text, options).partners).toEqual([]);
  });

  it('drafts a description 20 times the seed in seconds', () => {
    const big = Array.from({ length: 20 }, () => SEED).join('\n\n');
    const started = performance.now();
    const draft = draftDataset(big, options);
    const ms = performance.now() - started;
    // biome-ignore lint/suspicious/noConsole: the figure goes into the docs.
    console.info(
      `draft of ${(big.length / 1024).toFixed(0)} KB (the seed 20 times): ${ms.toFixed(0)} ms`,
    );
    expect(draft.partners).toHaveLength(21);
    expect(ms).toBeLessThan(15_000);
  });
});

describe('input built to be slow', () => {
  it.each([
    ['a 200 KB sentence of commas', `UB leads WP1${', a'.repeat(66_000)}.`],
    ['a 200 KB sentence of work packages', `UB contributes to ${'WP1 x '.repeat(33_000)}.`],
    ['a 200 KB heading line of commas', `UNIVERSITAT (UB)${', Spain'.repeat(25_000)}`],
    ['10,000 list lines', 'ACME (ACM), Spain\n'.repeat(10_000)],
  ])('%s is drafted in under 5 s', (name, text) => {
    const started = performance.now();
    const draft = draftDataset(
      `Title\n\nUNIVERSITAT (UB), Spain\n\nUB is a university.\n\n${text}`,
      options,
    );
    const ms = performance.now() - started;
    // biome-ignore lint/suspicious/noConsole: the figure goes into the docs.
    console.info(`draft of ${name}: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(5_000);
    expect(draft.partners[0]?.acronym).toBe('UB');
  });
});

describe('a leader named only in a table row', () => {
  it('is drafted, and marked: the validator wants a sentence that says it', () => {
    const text = [
      'Title',
      '',
      'ACME GMBH (ACM), Germany',
      '',
      'ACME is a company.',
      '',
      'ACM builds the prototype in WP2.',
      '',
      '| WP  | Title     | Lead |',
      '| --- | --------- | ---- |',
      '| WP2 | Prototype | ACM  |',
    ].join('\n');
    const [wp] = draftDataset(text, options).workPackages;
    expect(wp).toMatchObject({
      id: 'WP2',
      leader: 'acm',
      leaderSource: '| WP2 | Prototype | ACM  |',
    });
    expect(wp?.todo?.leader).toMatch(/read from a table row/);
  });
});
