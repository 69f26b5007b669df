import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { partnersAboutEvery, rankTopics } from '../understand/every-topic.js';
import { excludeTopics } from '../understand/excluded-topics.js';
import type { ParsedQuestion } from '../understand/parsed-question.js';
import type { TopicRanking } from '../understand/score-topics.js';
import { answerChoice, asksToChoose } from './answer-choice.js';
import { answerDescribedTopic } from './answer-described.js';
import { answerFilter } from './answer-filter.js';
import { answerHelp, answerUnknown } from './answer-help.js';
import { answerLeaderCheck } from './answer-leader-check.js';
import { answerMatrix, asksForMatrix } from './answer-matrix.js';
import { answerMore } from './answer-more.js';
import {
  answerAllPartners,
  answerCoordinator,
  answerPartners,
  partnerCap,
} from './answer-partners.js';
import { answerTopic } from './answer-topic.js';
import { answerUnheld } from './answer-unheld.js';
import {
  answerAllWorkPackages,
  answerMissingWorkPackage,
  answerWorkPackage,
} from './answer-work-package.js';
import type { Draft } from './draft.js';
import { aspectOf, routeGroupings } from './grouping-route.js';
import { topicLabels } from './matched-roles.js';
import { joinWords } from './parts.js';

/**
 * Share of a question's content words that must be understood before the bot answers.
 * Calibrated on the golden set: "weather in Spain" (1 of 2) abstains, "Spanish partners" answers.
 */
export const MIN_COVERAGE = 0.6;
/** Topic answers below this confidence abstain (calibrated on the golden set; see `npm run eval`). */
export const MIN_TOPIC_CONFIDENCE = 0.25;
/** A topic this strong somewhere is firm enough to say "no partner in Spain matches it". */
const FIRM_TOPIC = 0.5;
/** Confidence kept after a silent typo fix. */
const TYPO_FACTOR = 0.9;

function mergeDrafts(drafts: Draft[]): Draft {
  const [first, ...rest] = drafts as [Draft, ...Draft[]];
  const partners = new Map(first.partners.map((p) => [p.id, p]));
  for (const d of rest) for (const p of d.partners) if (!partners.has(p.id)) partners.set(p.id, p);
  return {
    ...first,
    headline: drafts.map((d) => d.headline).join('\n'),
    partners: [...partners.values()],
    workPackages: drafts.flatMap((d) => d.workPackages),
    notes: drafts.flatMap((d) => d.notes),
  };
}

function decide(index: KnowledgeIndex, parsed: ParsedQuestion, coverage: number): Draft {
  const { cues, topics, excluded } = parsed;
  const excludes =
    excluded.countries.length +
    excluded.places.length +
    excluded.kinds.length +
    excluded.partners.length +
    excluded.workPackages.length +
    excluded.topics.length;
  const named =
    parsed.partners.length +
    parsed.countries.length +
    parsed.places.length +
    parsed.kinds.length +
    parsed.relations.length +
    parsed.workPackages.length +
    excludes;
  if (
    named === 0 &&
    topics.length === 0 &&
    parsed.unexplained.length === 0 &&
    !cues.has('coordinator')
  ) {
    if (asksForMatrix(parsed)) return answerMatrix(index);
    if (cues.has('work-packages') || parsed.aboutWorkPackages) return answerAllWorkPackages(index);
    if (cues.has('partners')) return answerAllPartners(index);
    if (cues.has('lead') && !cues.has('help')) return answerCoordinator(index);
    return answerHelp(index);
  }
  // In-scope words around a subject the dataset does not hold: "the office address of BSC".
  if (parsed.unheld.length > 0 && (named > 0 || topics.length > 0 || cues.size > 0))
    return answerUnheld(index, parsed);
  const missing = parsed.workPackages.filter((id) => !index.workPackages.has(id));
  if (missing.length > 0) return answerMissingWorkPackage(index, missing);
  if (coverage < MIN_COVERAGE) return answerUnknown(index, parsed);
  if (parsed.partners.length === 1 && parsed.workPackages.length > 0 && cues.has('lead'))
    return answerLeaderCheck(index, parsed);
  const more = answerMore(index, parsed);
  if (more !== undefined) return more;
  if (asksToChoose(parsed)) return answerChoice(index, parsed);
  if (parsed.partners.length > 0) return answerPartners(index, parsed);
  // A topic in a filter must be understood as firmly as a topic alone: "translate … into
  // Spanish" is not a question about Spanish partners.
  // Ranked once: the strength check and the topic answer share it.
  const exclusion = excludeTopics(index, excluded.topics);
  const every = partnersAboutEvery(index, topics, cues.has('both'));
  const ranking: TopicRanking =
    topics.length > 0
      ? rankTopics(index, topics, parsed.anyTopic, {
          leadAsked: cues.has('lead'),
          limit: partnerCap(parsed),
          ...(every ? { only: every } : {}),
          ...(exclusion ? { skipDocs: exclusion.docs } : {}),
        })
      : { best: 0, top: [], kept: 0 };
  const strength = topics.length > 0 ? coverage * ranking.best : 1;
  if (strength < MIN_TOPIC_CONFIDENCE) return answerUnknown(index, parsed);
  const filter = { firmTopic: strength >= FIRM_TOPIC, ...(exclusion ? { exclusion } : {}) };
  if (
    parsed.countries.length > 0 ||
    parsed.places.length > 0 ||
    parsed.kinds.length > 0 ||
    parsed.relations.length > 0 ||
    excludes > 0
  )
    return answerFilter(index, parsed, filter);
  if (parsed.workPackages.length > 0) {
    if (topics.length > 0 || parsed.everyWorkPackage) return answerFilter(index, parsed, filter);
    const aspect = aspectOf(parsed);
    return mergeDrafts(parsed.workPackages.map((id) => answerWorkPackage(index, id, aspect)));
  }
  if (topics.length === 0) {
    if (cues.has('coordinator')) return answerCoordinator(index);
    if (cues.has('work-packages') || parsed.aboutWorkPackages) return answerAllWorkPackages(index);
    return answerUnknown(index, parsed);
  }
  const topic = answerTopic(index, parsed, coverage, ranking);
  if (topic.partners.length === 0 || topic.confidence < MIN_TOPIC_CONFIDENCE)
    return answerUnknown(index, parsed);
  return topic;
}

/**
 * A role is shown as leading its work package only when its partner is the one the source names
 * as that work package's leader: "leads exploitation tasks in WP7" leads a task, and WP7 has no
 * named leader. Otherwise the headline ("names no leader for WP7") and the tags would disagree.
 */
function leadsAsNamed(index: KnowledgeIndex, result: Draft): Draft {
  const partners = result.partners.map((partner) => ({
    ...partner,
    roles: partner.roles.map((role) =>
      role.lead && role.wp !== null && index.workPackages.get(role.wp)?.leader !== partner.id
        ? { ...role, lead: false }
        : role,
    ),
  }));
  return { ...result, partners };
}

/** Picks the intent and builds its draft; the confidence reflects unexplained words and typos. */
export function composeAnswer(index: KnowledgeIndex, question: ParsedQuestion): Draft {
  const routed = routeGroupings(index, question);
  if ('draft' in routed) return routed.draft;
  // "Who leads the work package on the AI assessment platform?" asks about WP6's leader, where
  // no work package was named by number: the headline says which one was understood.
  const { parsed, byTopic } = routed;
  const coverage =
    parsed.contentWords === 0 ? 1 : 1 - parsed.unexplained.length / parsed.contentWords;
  const decided = decide(index, parsed, coverage);
  // A topic no partner's role names may still be in what a work package or grouping covers;
  // its words are then explained, so the answer keeps its own confidence.
  const described = decided.intent === 'unknown' ? answerDescribedTopic(index, parsed) : undefined;
  if (described) return leadsAsNamed(index, described);
  const led = leadsAsNamed(index, decided);
  const result = byTopic
    ? {
        ...led,
        headline: `The work package on ${joinWords(
          topicLabels(index, question.topics),
          'and',
        )} is ${byTopic}. ${led.headline}`,
      }
    : led;
  if (result.intent === 'unknown' || result.intent === 'topic') return result;
  const typo = parsed.corrections.length > 0 ? TYPO_FACTOR : 1;
  return { ...result, confidence: Math.min(result.confidence, coverage) * typo };
}
