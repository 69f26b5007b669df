import { KIND_WORDS } from '../lexicon/kinds.js';
import type { Dataset, PartnerKind } from '../schema/dataset.js';
import { phraseKey } from '../text/normalise.js';

/**
 * The words read as a kind of partner for this dataset: the built-in lexicon (lexicon/kinds.ts)
 * with the dataset's `lexicon` applied, less every word the dataset uses as a topic. A word is a
 * topic of the dataset when its `lexicon.topics` says so, or when a role lists it as a keyword
 * of its own ("industry"): then "who works on industry" asks about that topic, and "companies"
 * or "firms" still name the kind.
 */
export function kindWordsOf(dataset: Dataset): [key: string, kind: PartnerKind][] {
  const lexicon = dataset.lexicon ?? {};
  const topics = new Set((lexicon.topics ?? []).map(phraseKey));
  for (const partner of dataset.partners)
    for (const role of partner.roles)
      for (const keyword of role.keywords) topics.add(phraseKey(keyword));
  const removed = new Set((lexicon.removeKindWords ?? []).map(phraseKey));
  const added = Object.entries(lexicon.addKindWords ?? {}) as [PartnerKind, string[]][];
  const entries: [string, PartnerKind][] = [];
  for (const [kind, words] of [
    ...(Object.entries(KIND_WORDS) as [PartnerKind, readonly string[]][]),
    ...added,
  ])
    for (const word of words) {
      const key = phraseKey(word);
      if (key !== '' && !topics.has(key) && !removed.has(key)) entries.push([key, kind]);
    }
  return entries;
}

/** The words a dataset declares as topics: no relation or kind reading may take them. */
export function declaredTopics(dataset: Dataset): ReadonlySet<string> {
  return new Set((dataset.lexicon?.topics ?? []).map(phraseKey));
}
