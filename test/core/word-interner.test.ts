import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase, splitWords } from '../../src/core/text/normalise.js';
import { WordInterner } from '../../src/core/text/word-interner.js';

/** The words of the text read last, as the interner numbered them. */
function wordsRead(interner: WordInterner, text: string): string[] {
  const count = interner.read(text);
  return Array.from({ length: count }, (_, i) => interner.words[interner.ids[i] ?? -1] ?? '?');
}

const ASCII_WORD = /^[A-Za-z0-9]+$/;

describe('WordInterner', () => {
  it('splits as splitWords does and numbers a word once, whatever its case', () => {
    const interner = new WordInterner();
    expect(wordsRead(interner, 'MRI and CT: who runs the MRI?')).toEqual([
      'MRI',
      'and',
      'CT',
      'who',
      'runs',
      'the',
      'MRI',
    ]);
    const first = interner.ids[0];
    interner.read('mri\tMri\nmRI');
    expect([...interner.ids.subarray(0, 3)]).toEqual([first, first, first]);
    expect(interner.size).toBe(6);
  });

  it('reads text outside ASCII with the Unicode rules, sharing ids with ASCII words', () => {
    const interner = new WordInterner();
    interner.read('Umea University');
    const university = interner.ids[1];
    expect(wordsRead(interner, 'Umeå University — Ｗ４ ﬁle')).toEqual([
      'Umeå',
      'University',
      'W4',
      'file',
    ]);
    expect(interner.ids[1]).toBe(university);
    // Not the ASCII "Umea": a word outside ASCII is its own word, folded later by its reader.
    expect(interner.ids[0]).not.toBe(interner.ids[1]);
    expect(wordsRead(interner, 'Umeå')).toEqual(['Umeå']);
  });

  it('reads nothing from text without letters or digits', () => {
    const interner = new WordInterner();
    expect(interner.read('')).toBe(0);
    expect(interner.read(' -- ?! ')).toBe(0);
    expect(interner.size).toBe(0);
  });

  it('grows past its first capacity in words per text and in distinct words', () => {
    const interner = new WordInterner();
    // 1,000 words in one text, then 20,000 distinct words: well past the initial sizes.
    const long = Array.from({ length: 1000 }, (_, i) => `w${i % 7}`).join(' ');
    expect(interner.read(long)).toBe(1000);
    expect(interner.size).toBe(7);
    const many = Array.from({ length: 20_000 }, (_, i) => `word${i.toString(36)}x`).join(', ');
    expect(wordsRead(interner, many)).toEqual(splitWords(many));
    expect(interner.size).toBe(20_007);
  });

  it('keeps words longer than the trie holds in a map, so a blob cannot fill memory', () => {
    const interner = new WordInterner();
    const blob = 'Ab9'.repeat(40_000);
    expect(wordsRead(interner, `see ${blob} and ${blob.toLowerCase()}`)).toEqual([
      'see',
      blob,
      'and',
      blob,
    ]);
    expect(interner.ids[1]).toBe(interner.ids[3]);
    // Its first 48 characters are a word of their own.
    interner.read(blob.slice(0, 48));
    expect(interner.ids[0]).not.toBe(interner.ids[1]);
    expect(interner.trieStates).toBeLessThan(100);
    // The same word in a text outside ASCII is the same word.
    const id = interner.read(blob) === 1 ? interner.ids[0] : -1;
    expect(wordsRead(interner, `é ${blob.toUpperCase()}`)[1]).toBe(blob);
    expect(interner.ids[1]).toBe(id);
  });

  it('agrees with splitWords and foldCase on any texts', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ maxLength: 80, unit: 'grapheme' }),
      fc
        .array(
          fc.oneof(
            fc.constantFrom('MRI', 'mri', 'Umeå', 'umea', 'WP4', 'data', 'Data', ' ', ', ', 'é'),
            // Around the longest word the trie holds (48 characters).
            fc.stringMatching(/^[a-cA-C]{46,50}$/),
          ),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), (texts) => {
        const interner = new WordInterner();
        const idOfAscii = new Map<string, number>();
        for (const t of texts) {
          const expected = splitWords(t);
          expect(wordsRead(interner, t).map(foldCase)).toEqual(expected.map(foldCase));
          for (const [i, word] of expected.entries()) {
            if (!ASCII_WORD.test(word)) continue;
            // One id per ASCII word, across texts and cases.
            const id = interner.ids[i] ?? -1;
            const known = idOfAscii.get(word.toLowerCase());
            if (known === undefined) idOfAscii.set(word.toLowerCase(), id);
            else expect(id).toBe(known);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
