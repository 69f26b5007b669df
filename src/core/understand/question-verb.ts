import { BEFORE_VERB, DOER_WORDS } from '../lexicon/verb-subjects.js';
import type { Token } from '../text/normalise.js';

/**
 * Where the verb of a question that asks for a doer is, or -1: "hosts" in "who hosts
 * MareNostrum?", "building" in "who's building the infrastructure?". It is the relation asked
 * about, not a topic to name: "On hosts and MareNostrum" reads as a glitch. Only the first doer
 * counts, and only a word right after it (past BEFORE_VERB): "who is the clinical leader" has
 * "the" there, and no verb.
 */
export function questionVerbAt(tokens: readonly Token[]): number {
  const doer = tokens.findIndex((t) => DOER_WORDS.has(t.norm));
  if (doer < 0) return -1;
  let at = doer + 1;
  while (at < tokens.length && BEFORE_VERB.has(tokens[at]?.norm ?? '')) at += 1;
  return at < tokens.length ? at : -1;
}
