import { describe, expect, it } from 'vitest';
import { PhraseTable } from '../../src/core/index/phrase-table.js';

function table(): PhraseTable<string> {
  const phrases = new PhraseTable<string>();
  phrases.add('breast', 'word');
  phrases.add('breast cancer', 'disease');
  phrases.add('breast cancer screen', 'programme');
  phrases.add('data', 'data');
  phrases.add('data protect offic', 'role');
  return phrases;
}

describe('PhraseTable', () => {
  it('takes the longest phrase at each position, left to right without overlaps', () => {
    const found = table().scan('breast cancer screen data breast cancer'.split(' '));
    expect(found.map((m) => [m.start, m.length, m.key, m.values])).toEqual([
      [0, 3, 'breast cancer screen', ['programme']],
      [3, 1, 'data', ['data']],
      [4, 2, 'breast cancer', ['disease']],
    ]);
  });

  it('falls back to a shorter phrase when a longer one is only a prefix', () => {
    // "data protect" leads towards "data protect offic" but is no phrase itself.
    const found = table().scan('data protect law'.split(' '));
    expect(found.map((m) => m.key)).toEqual(['data']);
  });

  it('extends over free tokens only, and up to the end given', () => {
    const tokens = 'breast cancer screen'.split(' ');
    expect(table().matchAt(tokens, 0, (i) => i !== 2)?.key).toBe('breast cancer');
    expect(table().matchAt(tokens, 0, undefined, 1)?.key).toBe('breast');
    expect(table().matchAt(tokens, 1)).toBeUndefined();
  });

  it('keeps one list of values per phrase, without repeats', () => {
    const phrases = table();
    phrases.add('breast cancer', 'disease');
    phrases.add('breast cancer', 'topic');
    expect(phrases.get('breast cancer')).toEqual(['disease', 'topic']);
    expect(phrases.scan(['breast', 'cancer'])[0]?.values).toEqual(['disease', 'topic']);
    expect(phrases.startsWith('cancer')).toBe(false);
    expect(phrases.startsWith('breast')).toBe(true);
  });
});
