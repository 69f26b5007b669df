import type { Correction } from '../index/corrector.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { Suggestion } from '../schema/answer.js';
import type { Partner } from '../schema/dataset.js';
import { canonicalWord } from '../text/normalise.js';
import type { ParsedQuestion, TopicMention } from '../understand/parsed-question.js';
import { exampleSubjects } from './example-subjects.js';
import { isTopicConcept, topicWording } from './matched-roles.js';
import { countryName } from './parts.js';

/** Loosest Fuse distance for "did you mean": wider than a silent typo fix, so it only suggests. */
const DID_YOU_MEAN_DISTANCE = 0.45;
const MAX_SUGGESTIONS = 4;

function ask(question: string): Suggestion {
  return { label: question, question };
}

function buildExamples(index: KnowledgeIndex): Suggestion[] {
  const { ledWorkPackage, topic, coordinator, country } = exampleSubjects(index);
  const examples: Suggestion[] = [];
  if (ledWorkPackage) examples.push(ask(`Who leads ${ledWorkPackage}?`));
  if (topic) examples.push(ask(`Who handles ${topic}?`));
  if (coordinator) examples.push(ask(`What does ${coordinator.acronym} do?`));
  if (country) examples.push(ask(`Which partners are in ${countryName(country)}?`));
  return examples;
}

// The examples depend only on the dataset, and finding them reads every role: once per index.
const examplesOf = new WeakMap<KnowledgeIndex, readonly Suggestion[]>();

/** Example questions built from the dataset itself, so they work for any consortium. */
export function exampleQuestions(index: KnowledgeIndex): Suggestion[] {
  let examples = examplesOf.get(index);
  if (examples === undefined) {
    examples = buildExamples(index);
    examplesOf.set(index, examples);
  }
  // Copies: an answer's suggestions are its own to change.
  return examples.map((s) => ({ ...s }));
}

/** "What does UB do?", labelled with the acronym unless another label is given. */
export function aboutPartner(partner: Partner, label = partner.acronym): Suggestion {
  return { label, question: `What does ${partner.acronym} do?` };
}

/** "Which partners are in Spain?", for a gazetteer country name. */
function partnersIn(country: string): Suggestion {
  return { label: country, question: `Which partners are in ${countryName(country)}?` };
}

/**
 * Whether a topic is worth a question of its own: one of the dataset's concepts (never "Who
 * works on year?") that tells partners apart (never "Who works on imaging?", which lists half).
 */
function worthAsking(index: KnowledgeIndex, topic: TopicMention): boolean {
  return isTopicConcept(index, topic) && !index.genericConcepts.has(topic.concept);
}

/** "Who works on ethics?", for a topic's label. */
function worksOn(label: string): Suggestion {
  return { label, question: `Who works on ${label}?` };
}

/** A question that uses a known word, for a word the person may have mistyped. */
function questionFor(index: KnowledgeIndex, fix: Correction): Suggestion | undefined {
  for (const entity of index.entities.get(fix.word)) {
    if (entity.type === 'partner') {
      const partner = index.partners.get(entity.id);
      if (partner) return aboutPartner(partner);
    } else if (entity.type === 'country') {
      return partnersIn(entity.name);
    } else if (entity.type === 'topic') {
      const topic = { concept: entity.concept, words: [fix.word], shown: fix.surface };
      if (worthAsking(index, topic)) return worksOn(topicWording(index, topic));
    }
  }
  return undefined;
}

/** "Did you mean" suggestions for words nothing explained, nearest first. */
export function didYouMean(index: KnowledgeIndex, words: readonly string[]): Suggestion[] {
  const found: Suggestion[] = [];
  for (const word of words) {
    // A word the bot knows is no typo: it went unexplained for its company ("lung cancer").
    if (index.knownWords.has(canonicalWord(word))) continue;
    const fix = index.corrector.correct(word, DID_YOU_MEAN_DISTANCE);
    const suggestion = fix && questionFor(index, fix);
    if (suggestion && !found.some((s) => s.question === suggestion.question))
      found.push(suggestion);
  }
  return found.slice(0, MAX_SUGGESTIONS);
}

/**
 * Questions about the parts of a question that were understood, when the whole was not: "who can
 * help me with the ethics approval?" knows ethics but not approval, so it offers "Who works on
 * ethics?" rather than a guess.
 */
export function understoodParts(index: KnowledgeIndex, parsed: ParsedQuestion): Suggestion[] {
  const found: Suggestion[] = [];
  // A topic half the partners share ("cancer") would list them all: not worth offering. A word
  // that only occurs in some sentence ("year", "out", "started") is no concept to ask about.
  const offered = parsed.topics.filter(
    (t) => (index.idf.get(t.concept) ?? 0) >= Math.log(2) && worthAsking(index, t),
  );
  for (const topic of offered) found.push(worksOn(topicWording(index, topic)));
  for (const country of parsed.countries) found.push(partnersIn(country));
  for (const { id } of parsed.partners) {
    const partner = index.partners.get(id);
    if (partner) found.push(aboutPartner(partner));
  }
  return limitSuggestions(found).slice(0, 2);
}

/** Follow-ups that ask about the partners in an answer. */
export function partnerFollowUps(index: KnowledgeIndex, ids: readonly string[]): Suggestion[] {
  return ids
    .slice(0, 3)
    .map((id) => index.partners.get(id))
    .filter((p) => p !== undefined)
    .map((p) => aboutPartner(p, `About ${p.acronym}`));
}

/** Caps a suggestion list and drops repeats. */
export function limitSuggestions(list: readonly Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return list
    .filter((s) => !seen.has(s.question) && seen.add(s.question))
    .slice(0, MAX_SUGGESTIONS);
}
