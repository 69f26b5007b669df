import { WORK_PACKAGE_KIND } from '../index/groupings.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { groupingOfSubject } from './grouping-subject.js';
import type { ParsedQuestion } from './parse-question.js';

/**
 * A question about the leader of a work package named by its subject ("who runs the dissemination
 * WP?"): the work package it means, or null when the question names one by number, names a
 * partner or place, asks about work packages in general, or its subject fits no single one.
 * The subject is its topics, matched as any grouping's subject is (see grouping-subject.ts).
 */
export function leaderAskedByTopic(index: KnowledgeIndex, parsed: ParsedQuestion): string | null {
  const named =
    parsed.workPackages.length +
    parsed.partners.length +
    parsed.countries.length +
    parsed.places.length +
    parsed.kinds.length;
  if (!parsed.aboutWorkPackages || !parsed.cues.has('lead') || named > 0) return null;
  if (parsed.cues.has('work-packages') || parsed.topics.length === 0) return null;
  return groupingOfSubject(index, WORK_PACKAGE_KIND, { topics: parsed.topics })?.key ?? null;
}
