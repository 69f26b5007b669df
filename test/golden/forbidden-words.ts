import { readFileSync } from 'node:fs';
import {
  DESCRIPTION_WORDS,
  NAME_PARTICLES,
  STRONG_NAME_WORDS,
  WEAK_NAME_WORDS,
} from '../../src/core/lexicon/organisation-words.js';
import { readWorld } from '../../src/core/lexicon/world.js';
import type { Dataset } from '../../src/core/schema/dataset.js';
import { foldCase } from '../../src/core/text/normalise.js';

/** A word or phrase that must not appear, and where in the reference dataset it comes from. */
export interface ForbiddenTerm {
  term: string;
  from: string;
  /** Acronyms count only as written ("UM", not "um"); everything else case and accents aside. */
  exact: boolean;
}

/** Name words shorter than this are particles or initials ("de", "per", "MC"), not names. */
const MIN_NAME_WORD = 4;
/** Topics shorter than this ("ai", "ct") match inside too much ordinary text to mean a leak. */
const MIN_TOPIC = 3;

/** Words that say what an organisation is, in any language: no consortium's own name. */
const GENERIC_NAME_WORDS = new Set(
  [...STRONG_NAME_WORDS, ...WEAK_NAME_WORDS, ...DESCRIPTION_WORDS]
    .flatMap(([, phrases]) => phrases)
    .flatMap((p) => p.split(' '))
    .concat([...NAME_PARTICLES]),
);

/** Every string in a JSON value, keys aside. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for the term as a whole word or phrase, never inside a longer word. */
function wholeWords(term: ForbiddenTerm): RegExp {
  const body = escapeRegExp(term.exact ? term.term : foldCase(term.term)).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
}

// Hundreds of terms over thousands of texts: each pattern is built once.
const patterns = new WeakMap<ForbiddenTerm, RegExp>();

/** Whether the text names the term (folded unless the term is exact). */
export function mentions(text: string, term: ForbiddenTerm, folded = foldCase(text)): boolean {
  let pattern = patterns.get(term);
  if (pattern === undefined) {
    pattern = wholeWords(term);
    patterns.set(term, pattern);
  }
  return pattern.test(term.exact ? text : folded);
}

/**
 * What the reference dataset (EuCanImage) names and another consortium does not: its name, its
 * partners (ids, acronyms, aliases, names and their distinctive words), the countries only it
 * has (with their adjectives), and its topics (keywords, synonyms, work-package titles). Read
 * from the dataset itself, so that a partner or topic added to it is guarded at once; terms the
 * other consortium's own texts use are dropped, since they legitimately occur there.
 */
export function forbiddenTerms(
  reference: Dataset,
  other: Dataset,
  otherSource: string,
): ForbiddenTerm[] {
  // Its `$schema` path names the schema file shipped with EuCanImage's dataset: no text of its own.
  const { $schema: _schema, ...own } = other;
  const otherText = [...strings(own), otherSource].join('\n');
  const terms: ForbiddenTerm[] = [];
  const add = (term: string, from: string, exact = false) => {
    const candidate = { term: term.trim(), from, exact };
    if (candidate.term !== '' && !mentions(otherText, candidate)) terms.push(candidate);
  };
  add(reference.consortium.name, 'consortium.name');
  for (const [i, p] of reference.partners.entries()) {
    const at = `partners[${i}]`;
    if (p.id.length >= MIN_TOPIC) add(p.id, `${at}.id`);
    add(p.acronym, `${at}.acronym`, true);
    for (const part of p.acronym.split(/[/\s]+/)) add(part, `${at}.acronym`, true);
    for (const alias of p.aliases) add(alias, `${at}.aliases`, /^[\p{Lu}\d/-]+$/u.test(alias));
    for (const name of [p.name, p.legalName]) {
      add(name, `${at}.name`);
      for (const word of name.split(/[^\p{L}\p{N}]+/u))
        if (word.length >= MIN_NAME_WORD && !GENERIC_NAME_WORDS.has(foldCase(word)))
          add(word, `${at}.name word`);
    }
  }
  const otherCountries = new Set(other.partners.map((p) => p.country));
  const gazetteer = readWorld().gazetteer;
  for (const country of new Set(reference.partners.map((p) => p.country))) {
    if (otherCountries.has(country)) continue;
    add(country, 'partners[].country');
    for (const demonym of gazetteer.find((c) => c.name === country)?.demonyms ?? [])
      add(demonym, `partners[].country (${country})`);
  }
  const topics = [
    ...reference.partners.flatMap((p) => p.roles.flatMap((r) => r.keywords)),
    ...reference.workPackages.flatMap((wp) => [...wp.keywords, ...(wp.title ? [wp.title] : [])]),
    ...reference.synonyms.flatMap((s) => s.terms),
  ];
  for (const topic of new Set(topics)) if (topic.length >= MIN_TOPIC) add(topic, 'topic');
  // One entry per term and case rule: "UB" from the acronym and from the id is one check.
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = `${t.exact}:${t.exact ? t.term : foldCase(t.term)}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** Every string value of a manifest, keys aside, with URLs and paths ("/slack/events") cut out. */
export function manifestText(manifest: unknown): string {
  return strings(manifest)
    .map((s) => s.replace(/https?:\/\/\S+|(?<![\p{L}\p{N}])\/[\w/.-]+/gu, ' '))
    .join('\n');
}

/** The terms a text names, except those the asker's own question named ("partners in Spain?"). */
export function leaks(text: string, terms: readonly ForbiddenTerm[], question = ''): string[] {
  const folded = foldCase(text);
  const askedFolded = foldCase(question);
  return terms
    .filter((t) => mentions(text, t, folded) && !mentions(question, t, askedFolded))
    .map((t) => `"${t.term}" (${t.from})`);
}

/** Reads a text file, for the other consortium's source document. */
export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}
