import { describe, expect, it } from 'vitest';
import { canonicalWord, tokenize } from '../../src/core/text/normalise.js';
import { splitSentences } from '../../src/core/text/sentences.js';
import { tokenizeAsides } from '../../src/core/understand/asides.js';
import {
  MAX_QUESTION_LENGTH,
  readQuestion,
  stripChatMarkup,
} from '../../src/core/understand/parse-question.js';
import { scanWorkPackages } from '../../src/core/understand/work-package-refs.js';

describe('canonicalWord', () => {
  it.each([
    ['anonymisation', 'anonymization'],
    ['anonymisations', 'anonymize'],
    ['organisations', 'organization'],
    ['centres', 'center'],
    ['tumour', 'tumor'],
    ['paediatrics', 'pediatrics'],
    ['labelling', 'labeling'],
    ['analyse', 'analyze'],
    ['companies', 'company'],
    ['tests', 'testing'],
    ['deploys', 'deployment'],
    ['detects', 'detection'],
    ['partners', 'partner'],
  ])('makes %s and %s meet', (a, b) => {
    expect(canonicalWord(a)).toBe(canonicalWord(b));
  });

  it.each([
    ['spain', 'spanish'],
    ['lead', 'leader'],
    ['breast', 'brest'],
    ['image', 'imagine'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(canonicalWord(a)).not.toBe(canonicalWord(b));
  });

  it('reads number words as digits and leaves short words alone', () => {
    expect(canonicalWord('four')).toBe('4');
    expect(['us', 'it', 'wp'].map(canonicalWord)).toEqual(['us', 'it', 'wp']);
  });
});

describe('tokenize', () => {
  it('strips accents and case but keeps what was typed', () => {
    expect(tokenize('Umeå’s  Clínic!!').map((t) => [t.raw, t.norm])).toEqual([
      ['Umeå', 'umea'],
      ['s', 's'],
      ['Clínic', 'clinic'],
    ]);
  });

  it('keeps combining marks inside their word: Arabic harakat, a decomposed accent', () => {
    expect(tokenize('بَحْث').map((t) => t.raw)).toEqual(['بَحْث']);
    expect(tokenize('Cli\u0301nic data').map((t) => t.norm)).toEqual(['clinic', 'data']);
  });

  it('reads an abbreviation joined by "&" as one word, and splits longer words at it', () => {
    const norms = (text: string) => tokenize(text).map((t) => t.norm);
    expect(norms('any R&D companies?')).toEqual(['any', 'r&d', 'companies']);
    expect(norms('Q&A and M&A, P&L')).toEqual(['q&a', 'and', 'm&a', 'p&l']);
    expect(norms('Radiology & Nuclear, Radiology&Nuclear')).toEqual([
      'radiology',
      'nuclear',
      'radiology',
      'nuclear',
    ]);
    expect(norms('R&D in Liège’s lab')).toEqual(['r&d', 'in', 'liege', 's', 'lab']);
  });
});

describe('characters that show nothing', () => {
  it.each([
    ['ano\u00ADnymisation', 'anonymisation'],
    ['W\u200BP4', 'WP4'],
    ['ano\u200Cnymi\u200Dsation', 'anonymisation'],
    ['\uFEFFGDPR\u2060', 'GDPR'],
    ['Radio\u180Emics', 'Radiomics'],
    ['Cli\u00AD\u0301nic', 'Cli\u0301nic'],
  ])('are dropped inside a word: %j reads as %j', (text, word) => {
    expect(tokenize(text).map((t) => t.raw)).toEqual([word.normalize('NFKC')]);
  });

  it('still separate nothing that was not separated: "data\u200B sharing" is two words', () => {
    expect(tokenize('data\u200B sharing').map((t) => t.norm)).toEqual(['data', 'sharing']);
  });
});

describe('readQuestion', () => {
  it('cuts a long question at the cap, never between the halves of an emoji', () => {
    const long = `${'x'.repeat(MAX_QUESTION_LENGTH - 1)}😀 and more`;
    const { question, truncated } = readQuestion(long);
    expect(truncated).toBe(true);
    expect(question).toBe('x'.repeat(MAX_QUESTION_LENGTH - 1));
    expect(readQuestion(`  ${'y'.repeat(MAX_QUESTION_LENGTH)}  `)).toEqual({
      question: 'y'.repeat(MAX_QUESTION_LENGTH),
      truncated: false,
    });
  });
});

describe('splitSentences', () => {
  it.each([
    ['who leads WP5? cc Alice Martin', ['who leads WP5?', 'cc Alice Martin']],
    ['Hi! Who handles GDPR? thanks.', ['Hi!', 'Who handles GDPR?', 'thanks.']],
    ['first line\nsecond line', ['first line', 'second line']],
    ['what does U.S. law say', ['what does U.S.', 'law say']],
    ['no punctuation at all', ['no punctuation at all']],
    ['see https://x.org/a?b=c first', ['see https://x.org/a?b=c first']],
  ])('%j → %j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('work package references', () => {
  const ids = (text: string) => scanWorkPackages(tokenizeAsides(text)).ids;

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
    expect(scanWorkPackages(tokenizeAsides('list the work packages')).plural).toBe(true);
    expect(scanWorkPackages(tokenizeAsides('what are the WPs')).plural).toBe(true);
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

  it('removes terminal colour codes pasted with a question', () => {
    expect(stripChatMarkup('\u001b[1;31mwho leads WP1?\u001b[0m').trim()).toBe('who leads WP1?');
  });
});
