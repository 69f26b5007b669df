import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { canonicalTokens } from '../text/normalise.js';
import type { ParsedQuestion } from './parse-question.js';

/**
 * The question without the topics that only restate a work package it names: in "who's the
 * lead partner for WP7 dissemination, communication & exploitation?", the words are WP7's
 * title, not a topic to rank WP7's members by. A topic stays when any of its words is not in
 * the title of a work package named; the description is not enough, since it names the tasks
 * inside the work package ("who leads the Clinical Consensus Group in WP2?").
 */
export function withoutWorkPackageWords(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
): ParsedQuestion {
  if (parsed.workPackages.length === 0 || parsed.topics.length === 0) return parsed;
  const words = new Set<string>();
  for (const id of parsed.workPackages) {
    const wp = index.workPackages.get(id);
    for (const word of canonicalTokens(wp?.title ?? '')) words.add(word);
  }
  const topics = parsed.topics.filter((t) => !t.words.every((w) => words.has(w)));
  return topics.length === parsed.topics.length ? parsed : { ...parsed, topics };
}
