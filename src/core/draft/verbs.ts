import { AUXILIARIES, ROLE_VERBS } from '../lexicon/draft-words.js';

/** "develop" → "develops", "carry" → "carries", "synthesise" → "synthesises". */
export function thirdPerson(verb: string): string {
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  return `${verb}s`;
}

function participle(verb: string, ending: 'ing' | 'ed'): string {
  const stem = verb.endsWith('e') && verb !== 'be' ? verb.slice(0, -1) : verb;
  if (ending === 'ed' && /[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${stem}${ending}`;
}

/** Present-tense forms that say what a subject does: "leads", "carries", "is", "will". */
export const FINITE_VERBS: ReadonlySet<string> = new Set([
  ...ROLE_VERBS.map(thirdPerson),
  ...AUXILIARIES,
]);

/** Every form of the role verbs, so that they are never taken for topics. */
export const VERB_FORMS: ReadonlySet<string> = new Set(
  ROLE_VERBS.flatMap((v) => [v, thirdPerson(v), participle(v, 'ing'), participle(v, 'ed')]),
);

/** Base forms, for "will lead" and "they contribute". */
export const BASE_VERBS: ReadonlySet<string> = new Set(ROLE_VERBS);
