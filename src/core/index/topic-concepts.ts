import type { Dataset } from '../schema/dataset.js';
import { phraseKey } from '../text/normalise.js';
import { PhraseTable } from './phrase-table.js';

/** Field weights: a keyword match says more than a word somewhere in a long sentence. */
export const FIELD_WEIGHT = { keyword: 1, summary: 0.8, source: 0.6, profile: 0.35 } as const;

/** Maps phrases to concept ids: a synonym group, a multi-word keyword, or a single word. */
export interface ConceptVocabulary {
  /** Multi-word phrases (synonym terms and keywords) to look for in text. */
  phrases: PhraseTable<string>;
  conceptOf(key: string): string;
  /** Single words the dataset names as topics: one-word keywords and synonym terms. */
  namedWords: ReadonlySet<string>;
  /** Phrase keys of the roles' keywords, whole: the concepts the dataset declares. */
  roleKeywords: ReadonlySet<string>;
}

/** Concept id of a single word, used for partial credit on phrases. */
export function tokenConcept(token: string): string {
  return `t:${token}`;
}

/** Concept id of these exact words, whatever group they belong to: exact beats synonym. */
export function exactConcept(key: string): string {
  return key.includes(' ') ? `x:${key}` : tokenConcept(key);
}

/** Builds the concept vocabulary from the synonym groups and every role and WP keyword. */
export function buildConceptVocabulary(dataset: Dataset): ConceptVocabulary {
  const groupOf = new Map<string, string>();
  const namedWords = new Set<string>();
  dataset.synonyms.forEach((group, i) => {
    const id = `syn:${i}`;
    for (const term of group.terms) {
      const key = phraseKey(term);
      if (key !== '' && !groupOf.has(key)) groupOf.set(key, id);
      if (key !== '' && !key.includes(' ')) namedWords.add(key);
    }
  });
  const conceptOf = (key: string): string =>
    groupOf.get(key) ?? (key.includes(' ') ? `p:${key}` : tokenConcept(key));
  const phrases = new PhraseTable<string>();
  for (const key of groupOf.keys()) if (key.includes(' ')) phrases.add(key, conceptOf(key));
  const keywords = new Set<string>();
  for (const partner of dataset.partners)
    for (const role of partner.roles) for (const keyword of role.keywords) keywords.add(keyword);
  const ofRoles = keywords.size;
  for (const wp of dataset.workPackages) for (const keyword of wp.keywords) keywords.add(keyword);
  const roleKeywords = new Set<string>();
  let read = 0;
  for (const keyword of keywords) {
    const key = phraseKey(keyword);
    // A Set keeps insertion order: the roles' keywords are its first `ofRoles`.
    if (read++ < ofRoles) roleKeywords.add(key);
    if (key.includes(' ')) phrases.add(key, conceptOf(key));
    else if (key !== '') namedWords.add(key);
  }
  return { phrases, conceptOf, namedWords, roleKeywords };
}
