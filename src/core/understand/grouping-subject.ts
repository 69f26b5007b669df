import { createConceptReader } from '../index/concept-reader.js';
import type { Grouping } from '../index/groupings.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { isContentWord } from '../index/known-words.js';
import { tokenConcept } from '../index/topic-concepts.js';
import type { TopicMention } from './parsed-question.js';

/**
 * What a question says a grouping is about, where it names none by number or label: the words
 * right next to its kind ("the data curation work package", "the case study on freight"), or,
 * for a question that names only the kind, its topics ("who leads the WP where they do the
 * training activities?"). Work packages and the dataset's other groupings are read alike.
 */
export type Subject = { words: readonly string[] } | { topics: readonly TopicMention[] };

/**
 * Credit for a word of a topic phrase found alone in a grouping's text: "assessment platform"
 * is WP6's "AI assessment platform" in part. Half, as phrases found word by word get partial
 * credit in topic scoring.
 */
const WORD_CREDIT = 0.5;

/**
 * Weight of a concept in what a grouping is about: its title, and the head of its description
 * before a colon ("The catalogue and data repositories: …"), name its subject; the rest of the
 * description and the keywords list its tasks, which another grouping may share ("populating
 * the project catalogue" in WP2). The ratio is the summary-to-keyword ratio of topic scoring
 * (FIELD_WEIGHT).
 */
const SUBJECT_WEIGHT = 1;
const TASK_WEIGHT = 0.8;

type Concepts = ReadonlyMap<string, number>;

/** Each grouping's concepts with their weight, by key, read once per index. */
const conceptsOf = new WeakMap<KnowledgeIndex, ReadonlyMap<string, Concepts>>();

function groupingConcepts(index: KnowledgeIndex): ReadonlyMap<string, Concepts> {
  let found = conceptsOf.get(index);
  if (found !== undefined) return found;
  const reader = createConceptReader(index.concepts, isContentWord);
  const built = new Map<string, Concepts>();
  for (const grouping of index.groupings.all) {
    const concepts = new Map<string, number>();
    const colon = grouping.covers.indexOf(':');
    const head = colon < 0 ? '' : grouping.covers.slice(0, colon);
    const texts: [string, number][] = [
      [grouping.title ?? '', SUBJECT_WEIGHT],
      [head, SUBJECT_WEIGHT],
      [grouping.covers, TASK_WEIGHT],
      ...grouping.keywords.map((k): [string, number] => [k, TASK_WEIGHT]),
    ];
    for (const [text, weight] of texts) {
      const count = reader.read(text);
      for (let k = 0; k < count; k++) {
        const concept = reader.names[reader.found[k] ?? 0] ?? '';
        concepts.set(concept, Math.max(concepts.get(concept) ?? 0, weight));
      }
    }
    built.set(grouping.key, concepts);
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

/** How well a subject fits a grouping; 0 when it does not. */
export function subjectFit(
  index: KnowledgeIndex,
  subject: Subject,
): (grouping: Grouping) => number {
  if ('words' in subject) {
    // Every word must be in its text; each one its title or keywords hold names it more surely
    // than a word only its description holds ("data" is in many descriptions).
    const { words } = subject;
    return (g) =>
      words.length > 0 && words.every((w) => g.words.has(w))
        ? 1 + words.filter((w) => g.nameWords.has(w)).length
        : 0;
  }
  // Generic concepts ("project", "data") alone decide nothing.
  const topics = subject.topics.filter((t) => !index.genericConcepts.has(t.concept));
  const concepts = groupingConcepts(index);
  return (g) => {
    const has = concepts.get(g.key);
    return has === undefined ? 0 : topics.reduce((s, t) => s + topicScore(index, t, has), 0);
  };
}

/** The groupings of one kind ("work package", "case study"), in dataset order. */
export function groupingsOfKind(index: KnowledgeIndex, kind: string): Grouping[] {
  return index.groupings.all.filter((g) => g.kind === kind);
}

/** The candidates a subject fits best, in their order: every one that fits as well as the best. */
export function bestFitting(
  index: KnowledgeIndex,
  candidates: readonly Grouping[],
  subject: Subject,
): Grouping[] {
  const score = subjectFit(index, subject);
  let best: Grouping[] = [];
  let bestScore = 0;
  for (const grouping of candidates) {
    const s = score(grouping);
    if (s > bestScore) [best, bestScore] = [[grouping], s];
    else if (s === bestScore && s > 0) best.push(grouping);
  }
  return best;
}

/**
 * The one grouping of a kind that a subject names: taken only when no other fits as well, since
 * a tie means the question does not say which.
 */
export function groupingOfSubject(
  index: KnowledgeIndex,
  kind: string,
  subject: Subject,
): Grouping | null {
  const best = bestFitting(index, groupingsOfKind(index, kind), subject);
  return best.length === 1 ? (best[0] ?? null) : null;
}
