import { describe, expect, it } from 'vitest';
import { canonicalWord, tokenize } from '../../src/core/text/normalise.js';
import { stripChatMarkup } from '../../src/core/understand/parse-question.js';
import { scanWorkPackages } from '../../src/core/understand/work-package-refs.js';

describe('canonicalWord', () => {
  it.each([
    ['anonymisation', 'anonymization'],
    ['anonymisations', 'anonymization'],
    ['organisations', 'organization'],
    ['centres', 'center'],
    ['tumour', 'tumor'],
    ['paediatrics', 'pediatrics'],
    ['labelling', 'labeling'],
    ['companies', 'company'],
    ['partners', 'partner'],
    ['four', '4'],
  ])('folds %s to %s', (word, canon) => {
    expect(canonicalWord(word)).toBe(canon);
  });

  it.each(['analysis', 'radiomics', 'process', 'status', 'ethics'])(
    'keeps %s, which is not a plural',
    (word) => {
      expect(canonicalWord(word)).toBe(word);
    },
  );
});

describe('tokenize', () => {
  it('strips accents and case but keeps what was typed', () => {
    expect(tokenize('Umeå’s  Clínic!!')).toEqual([
      { raw: 'Umeå', norm: 'umea', canon: 'umea' },
      { raw: 's', norm: 's', canon: 's' },
      { raw: 'Clínic', norm: 'clinic', canon: 'clinic' },
    ]);
  });
});

describe('work package references', () => {
  const ids = (text: string) => scanWorkPackages(tokenize(text)).ids;

  it.each([
    ['who leads WP4', ['WP4']],
    ['wp 4?', ['WP4']],
    ['WP-4', ['WP4']],
    ['work package 4', ['WP4']],
    ['work-package four', ['WP4']],
    ['Workpackage 04', ['WP4']],
    ['WP3 and 4', ['WP3', 'WP4']],
    ['wp2, 5', ['WP2', 'WP5']],
    ['I have 4 questions', []],
  ])('%s → %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('sees "work packages" as a question about all of them', () => {
    expect(scanWorkPackages(tokenize('list the work packages')).plural).toBe(true);
    expect(scanWorkPackages(tokenize('what are the WPs')).plural).toBe(true);
  });
});

describe('chat markup', () => {
  it('removes Slack and Teams mentions and keeps link labels', () => {
    expect(stripChatMarkup('<@U123ABC> who leads <https://x.org|WP4>?').trim()).toBe(
      'who leads WP4?',
    );
    expect(stripChatMarkup('<at>eucanbot</at> hi').trim()).toBe('hi');
    expect(stripChatMarkup('@eucanbot what does BSC do').trim()).toBe('what does BSC do');
  });
});
