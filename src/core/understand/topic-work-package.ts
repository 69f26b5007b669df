import { createConceptReader } from '../index/concept-reader.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { isContentWord } from '../index/known-words.js';
import { tokenConcept } from '../index/topic-concepts.js';
import type { ParsedQuestion, TopicMention } from './parse-question.js';

/**
 * Credit for a word of a topic phrase found alone in a work package's text: "assessment
 * platform" is WP6's "AI assessment platform" in part. Half, as phrases found word by word get
 * partial credit in topic scoring.
 */
const WORD_CREDIT = 0.5;

/**
 * Weight of a concept in what a work package is about: its title, and the head of its
 * description before a colon ("The catalogue and data repositories: …"), name its subject; the
 * rest of the description and the keywords list its tasks, which another work package may share
 * ("populating the project catalogue" in WP2). The ratio is the summary-to-keyword ratio of
 * topic scoring (FIELD_WEIGHT).
 */
const SUBJECT_WEIGHT = 1;
const TASK_WEIGHT = 0.8;

type Concepts = ReadonlyMap<string, number>;

/** Each work package's concepts with their weight, read once per index. */
const conceptsOf = new WeakMap<KnowledgeIndex, ReadonlyMap<string, Concepts>>();

function workPackageConcepts(index: KnowledgeIndex): ReadonlyMap<string, Concepts> {
  let found = conceptsOf.get(index);
  if (found !== undefined) return found;
  const reader = createConceptReader(index.concepts, isContentWord);
  const built = new Map<string, Concepts>();
  for (const wp of index.workPackages.values()) {
    const concepts = new Map<string, number>();
    const colon = wp.covers.indexOf(':');
    const head = colon < 0 ? '' : wp.covers.slice(0, colon);
    const texts: [string, number][] = [
      [wp.title ?? '', SUBJECT_WEIGHT],
      [head, SUBJECT_WEIGHT],
      [wp.covers, TASK_WEIGHT],
      ...wp.keywords.map((k): [string, number] => [k, TASK_WEIGHT]),
    ];
    for (const [text, weight] of texts) {
      const count = reader.read(text);
      for (let k = 0; k < count; k++) {
        const concept = reader.names[reader.found[k] ?? 0] ?? '';
        concepts.set(concept, Math.max(concepts.get(concept) ?? 0, weight));
      }
    }
    built.set(wp.id, concepts);
  }
  found = built;
  conceptsOf.set(index, found);
  return found;
}

function topicScore(index: KnowledgeIndex, topic: TopicMention, has: Concepts): number {
  const weigh = (concept: string) => (index.idf.get(concept) ?? 0) * (has.get(concept) ?? 0);
  const credit = topic.via?.credit ?? 1;
  const whole = [topic.concept, ...(topic.via?.concepts ?? [])].filter((c) => has.has(c));
  if (whole.length > 0) return Math.max(...whole.map(weigh)) * credit;
  const parts = topic.words.map(tokenConcept).filter((c) => has.has(c));
  return parts.reduce((sum, c) => sum + weigh(c), 0) * WORD_CREDIT * credit;
}

/**
 * The work package a question names by its subject rather than its number: "who leads the work
 * package on the AI assessment platform?" is about WP6. The topics are matched against each
 * work package's own title, description and keywords, weighted by how rare each concept is; the
 * best one is taken only when no other scores as well, and generic concepts alone decide nothing.
 */
export function workPackageOfTopics(index: KnowledgeIndex, parsed: ParsedQuestion): string | null {
  const topics = parsed.topics.filter((t) => !index.genericConcepts.has(t.concept));
  if (topics.length === 0) return null;
  const scored = [...workPackageConcepts(index)]
    .map(([id, has]) => ({ id, score: topics.reduce((s, t) => s + topicScore(index, t, has), 0) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best === undefined || best.score === 0 || (second?.score ?? 0) >= best.score) return null;
  return best.id;
}

/**
 * A question about the leader of a work package named by its subject ("who runs the dissemination
 * WP?"): the work package it means, or null when the question names one by number, names a
 * partner or place, asks about work packages in general, or its subject fits no single one.
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
  return workPackageOfTopics(index, parsed);
}
