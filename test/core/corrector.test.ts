import { describe, expect, it } from 'vitest';
import { createCorrector, createLazyCorrector } from '../../src/core/index/corrector.js';

const surface = new Map([
  ['partner', 'partner'],
  ['partners', 'partner'],
  ['radiomics', 'radiom'],
  ['catalogue', 'catalog'],
  ['capital', 'capit'],
  ['machine', 'machin'],
  ['spain', 'spain'],
  ['what', 'what'],
  ['which', 'which'],
]);

describe('createCorrector', () => {
  const corrector = createCorrector(surface, new Set(['what', 'which']));

  it('fixes a typo to the canonical form of the nearest known word', () => {
    expect(corrector.correct('radoimics', 0.45)?.word).toBe('radiom');
    expect(corrector.correct('catalgoue', 0.45)?.word).toBe('catalog');
  });

  it('gives the known word as written beside its canonical form, never the stem alone', () => {
    expect(corrector.correct('radoimics', 0.45)).toMatchObject({
      word: 'radiom',
      surface: 'radiomics',
    });
    // A word only a lexicon writes is shown as the dataset spells the same canonical form.
    const shown = createCorrector(surface, new Set(), new Map([['capital', 'capitals']]));
    expect(shown.correct('capitl', 0.45)).toMatchObject({ word: 'capit', surface: 'capitals' });
  });

  it('prefers the closer length on a tie', () => {
    // "partnes" is one edit from both "partner" and "partners"; the same length wins.
    expect(corrector.correct('partnes', 0.45)?.word).toBe('partner');
    expect(corrector.correct('partnr', 0.45)?.word).toBe('partner');
  });

  it('needs the first letter and a whole word within the allowed edits', () => {
    expect(corrector.correct('qartner', 0.45)).toBeUndefined();
    expect(corrector.correct('mach', 0.45)).toBeUndefined();
    expect(corrector.correct('catalogxyz', 0.45)).toBeUndefined();
  });

  it('answers the same from its memo, and honours each caller’s distance', () => {
    const loose = corrector.correct('radoimics', 0.45);
    expect(corrector.correct('radoimics', 0.45)).toEqual(loose);
    expect(corrector.correct('radoimics', (loose?.distance ?? 0) - 0.001)).toBeUndefined();
  });

  it('counts a swapped pair of letters as one typo', () => {
    expect(corrector.correct('spian', 0.3)?.word).toBe('spain');
    expect(corrector.correct('waht', 0.3)?.word).toBe('what');
  });

  it('reaches a strict word by a missing letter, never by an extra one', () => {
    expect(corrector.correct('wich', 0.3)?.word).toBe('which');
    expect(corrector.correct('wheat', 0.45)).toBeUndefined();
    // Without the rule, "wheat" would be "what".
    expect(createCorrector(surface).correct('wheat', 0.45)?.word).toBe('what');
  });
});

describe('createLazyCorrector', () => {
  it('builds its corrector at the first word long enough to correct, once, with its answers', () => {
    let builds = 0;
    const lazy = createLazyCorrector(() => {
      builds += 1;
      return createCorrector(surface, new Set(['what', 'which']));
    });
    expect(builds).toBe(0);
    // Words too short to correct never cost a build.
    expect(lazy.correct('wht', 0.3)).toBeUndefined();
    expect(builds).toBe(0);
    expect(lazy.correct('spian', 0.3)?.word).toBe('spain');
    expect(lazy.correct('radoimics', 0.45)?.word).toBe('radiom');
    expect(builds).toBe(1);
  });
});
