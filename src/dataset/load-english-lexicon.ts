import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { EucanbotError } from '../core/errors.js';
import {
  createEnglishLexicon,
  type EnglishLexicon,
  type EnglishRelations,
} from '../core/lexicon/english-lexicon.js';
import { PACKAGE_ROOT } from './load-dataset.js';

/** The compiled English relations, relative to the package root (see scripts/build-lexicon.ts). */
export const ENGLISH_LEXICON_FILE = path.join('data', 'english-lexicon.tsv');

/** Where the shipped English lexicon is. */
export const DEFAULT_ENGLISH_LEXICON_PATH = path.join(PACKAGE_ROOT, ENGLISH_LEXICON_FILE);

function unreadable(file: string, cause: unknown): EucanbotError {
  return new EucanbotError(
    'DATASET_UNREADABLE',
    `Cannot read the English lexicon ${file}; reinstall eucanbot or run \`npm run lexicon\``,
    { cause },
  );
}

// One per file and process: a reloaded dataset shares it.
const loaded = new Map<string, EnglishLexicon>();

/**
 * The English lexicon in `file`, read at its first lookup: most questions use only words the
 * dataset knows and never need it, and a cold `eucanbot ask` then reads no megabyte it does not
 * use. The file must exist now, so that a broken install stops the start rather than one answer.
 */
export function loadEnglishLexicon(file = DEFAULT_ENGLISH_LEXICON_PATH): EnglishLexicon {
  const known = loaded.get(file);
  if (known !== undefined) return known;
  try {
    if (!statSync(file).isFile()) throw new Error('not a regular file');
  } catch (cause) {
    throw unreadable(file, cause);
  }
  let lexicon: EnglishLexicon | undefined;
  const lazy: EnglishLexicon = {
    related(canon: string): EnglishRelations | undefined {
      if (lexicon === undefined) {
        try {
          lexicon = createEnglishLexicon(readFileSync(file, 'latin1'));
        } catch (cause) {
          throw unreadable(file, cause);
        }
      }
      return lexicon.related(canon);
    },
  };
  loaded.set(file, lazy);
  return lazy;
}
