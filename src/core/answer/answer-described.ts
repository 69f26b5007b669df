import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { canonicalWord } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';
import { bestFitting } from '../understand/grouping-subject.js';
import type { ParsedQuestion } from '../understand/parsed-question.js';
import {
  groupingLeaderLine,
  groupingName,
  groupingPartners,
  sourceNotes,
} from './answer-grouping.js';
import { type Draft, draft } from './draft.js';
import { joinWords, toAnswerWorkPackage } from './parts.js';

/** Confidence of an answer found in a description rather than in what a partner does. */
const DESCRIBED_CONFIDENCE = 0.7;
/** Most groupings one such answer names: more would be a list, not an answer. */
const MAX_DESCRIBED = 2;

/** The question's topic words and unexplained words, canonical: what a description must hold. */
function askedWords(parsed: ParsedQuestion): string[] {
  const words = [
    ...parsed.topics.flatMap((t) => t.words),
    ...parsed.unexplained.map((w) => canonicalWord(w)),
  ];
  return [...new Set(words.filter((w) => !STOPWORDS.has(w) && !/^\d+$/.test(w)))];
}

/**
 * "Who works on stakeholder engagement?" where only a work package's (or another grouping's)
 * title, keywords or description says so: its leader and members, and the sentence it comes
 * from. Undefined when no grouping holds every word asked, so that the unknown answer stands.
 */
export function answerDescribedTopic(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
): Draft | undefined {
  const words = askedWords(parsed);
  if (words.length === 0) return undefined;
  // Read as a grouping's subject is, of any kind; several may fit as well here.
  const chosen = bestFitting(index, index.groupings.all, { words }).slice(0, MAX_DESCRIBED);
  if (chosen.length === 0) return undefined;
  const said = parsed.topics.map((t) => t.shown).concat(parsed.unexplained);
  const topic = `“${[...new Set(said)].join(' ')}”`;
  const headline = `No partner's own role mentions ${topic}, but ${joinWords(
    chosen.map((g) => `what ${g.label} covers does`),
  )}:\n${chosen
    .map((g) => `${groupingName(g)}: ${g.covers} ${groupingLeaderLine(index, g)}`)
    .join('\n')}`;
  const partners = chosen.flatMap((g) => groupingPartners(index, g));
  const unique = [...new Map(partners.map((p) => [p.id, p])).values()];
  return draft({
    intent: 'work-package',
    confidence: DESCRIBED_CONFIDENCE,
    headline,
    partners: unique,
    workPackages: chosen
      .map((g) => toAnswerWorkPackage(index, g.key))
      .filter((wp) => wp !== undefined),
    notes: chosen.flatMap(sourceNotes),
    suggestions: chosen.map((g) => ({
      label: `About ${g.label}`,
      question: `What does ${g.label} cover?`,
    })),
  });
}
