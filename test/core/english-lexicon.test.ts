import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/create-bot.js';
import { EucanbotError } from '../../src/core/errors.js';
import { createEnglishLexicon } from '../../src/core/lexicon/english-lexicon.js';
import { canonicalWord } from '../../src/core/text/normalise.js';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';
import {
  ENGLISH_LEXICON_FILE,
  loadEnglishLexicon,
} from '../../src/dataset/load-english-lexicon.js';
import { realDataset } from '../helpers/real-bot.js';

const file = path.join(PACKAGE_ROOT, ENGLISH_LEXICON_FILE);
const text = readFileSync(file, 'latin1');
const lexicon = createEnglishLexicon(text);
const related = (word: string) => {
  const found = lexicon.related(canonicalWord(word));
  return [...(found?.synonyms ?? []), ...(found?.derived ?? [])];
};

describe('the compiled English lexicon', () => {
  it('finds every word it holds, by bisection over its sorted lines', () => {
    const keys = text
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => line.slice(0, line.indexOf('\t')));
    expect(keys.length).toBeGreaterThan(25_000);
    expect(keys.every((key, i) => i === 0 || (keys[i - 1] ?? '') < key)).toBe(true);
    expect(keys.filter((key) => lexicon.related(key) === undefined)).toEqual([]);
  });

  it('relates derived forms: "identifiable" to "identify" and "identity", "stores" to "storage"', () => {
    // "identifiable" and "identify" share a canonical form, so they are one entry.
    expect(canonicalWord('identifiable')).toBe(canonicalWord('identify'));
    expect(related('identifiable')).toContain('identity');
    expect(related('stores')).toContain('storage');
    expect(related('medical')).toContain('medicine');
  });

  it('takes synonyms from the first senses only: "scrub" is not "cancel"', () => {
    expect(related('scrub')).toContain('scour');
    expect(related('scrub')).not.toContain('cancel');
  });

  it('takes no synonyms from adjectives, whose are the modifiers of any text', () => {
    expect(related('big')).not.toContain('large');
  });

  it('knows nothing of a word WordNet lacks, nor of a header line', () => {
    expect(lexicon.related('eucanimage')).toBeUndefined();
    expect(lexicon.related('')).toBeUndefined();
    expect(lexicon.related('# English word relations')).toBeUndefined();
  });
});

describe('loading the English lexicon', () => {
  it('reads the file only at the first word the dataset does not know', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-lexicon-'));
    const copy = path.join(dir, 'english.tsv');
    copyFileSync(file, copy);
    const english = loadEnglishLexicon(copy);
    const bot = createBot(realDataset(), { english });
    rmSync(copy);
    // Answered without the file: every word is the dataset's own.
    expect(bot.answer('who handles GDPR?').partners[0]?.id).toBe('tmf');
    // The first word the dataset does not know needs it, and says which file is missing.
    expect(() => bot.answer('who handles GDPR and warehousing?')).toThrow(/english\.tsv/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops the start when the file is missing, naming it', () => {
    const missing = path.join(os.tmpdir(), 'no-such-english-lexicon.tsv');
    expect(() => loadEnglishLexicon(missing)).toThrow(EucanbotError);
    expect(() => loadEnglishLexicon(missing)).toThrow(/no-such-english-lexicon\.tsv/);
  });
});
