import type { Entity, Place } from '../index/entities.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { CueKind } from '../lexicon/cues.js';
import { STATED_KIND_WORDS } from '../lexicon/kinds.js';
import { DOER_WORDS } from '../lexicon/verb-subjects.js';
import type { PartnerKind } from '../schema/dataset.js';
import { type Token, tokenize } from '../text/normalise.js';
import type { ClauseToken } from './asides.js';
import { isAllCaps, placedAsCode, writesInCapitals } from './capital-words.js';
import { everydayMention, type QuestionSpan, scanQuestion } from './everyday-words.js';
import { kindIsContext } from './kind-context.js';
import { asksAboutNo, type NotScope } from './not-scope.js';
import type { ParsedQuestion, TopicMention } from './parsed-question.js';
import { isPlace, weighPlaces } from './place-reading.js';
import { isVerbObject, type SpanAt } from './relation-objects.js';

/**
 * Reading the question span by span: what each span names, and whether a "not" leaves it out.
 * Each kind of span is read by a function of its own: V8's optimising compiler took 0.6 s
 * over parseQuestion when all of this was one loop inside it, and the answers before that
 * compile finished ran unoptimised code (the bench's p99, issue #11).
 */

/** The question as the span reader sees it; `covered` is marked as spans explain words. */
export interface SpanQuestion {
  index: KnowledgeIndex;
  tokens: ClauseToken[];
  canon: readonly string[];
  covered: boolean[];
  /** Mistyped words (folded) and the dataset's word each was read as. */
  corrected: ReadonlyMap<string, string>;
  shouted: boolean;
  /** The question's verb and its doer word ("who"), or -1. */
  verbAt: number;
  doerAt: number;
  not: NotScope;
}

/** What the spans name. */
export interface SpanReading {
  partners: Map<string, number>;
  partnerSpans: Map<string, SpanAt>;
  countries: string[];
  places: Place[];
  kinds: PartnerKind[];
  /** Narrower kind words as typed ("start-up"). */
  kindWords: string[];
  relations: string[];
  relationSpans: SpanAt[];
  excluded: ParsedQuestion['excluded'];
  /** Where each "not" ends: a work package is no span, so its "not" is found from here. */
  notEnds: number[];
  leadersExcluded: boolean;
  /** Where each topic starts, to find the word that qualifies it. */
  topicStarts: Map<string, number>;
  topics: TopicMention[];
  cues: Set<CueKind>;
  cueStarts: Set<number>;
  /** Tokens a vocabulary term read ("tidy up"): an idiom does not take them back. */
  readEveryday: Set<number>;
  /** Things named, one per span: with the words nothing explains, the question's content. */
  named: number;
}

/** A fresh "nothing left out", for a parse to fill in. */
export function noExclusion(): ParsedQuestion['excluded'] {
  return { countries: [], places: [], kinds: [], partners: [], workPackages: [], topics: [] };
}

/** The canonical keys of the narrower kind words, as the question's spans carry them. */
const STATED_KIND_KEYS: ReadonlySet<string> = new Set(
  STATED_KIND_WORDS.map((w) =>
    tokenize(w)
      .map((t) => t.canon)
      .join(' '),
  ),
);

/** Reads every span the question has outside the words already covered. */
export function readSpans(q: SpanQuestion, cues: Set<CueKind>, named: number): SpanReading {
  const reading: SpanReading = {
    partners: new Map(),
    partnerSpans: new Map(),
    countries: [],
    places: [],
    kinds: [],
    kindWords: [],
    relations: [],
    relationSpans: [],
    excluded: noExclusion(),
    notEnds: [],
    leadersExcluded: false,
    topicStarts: new Map(),
    topics: [],
    cues,
    cueStarts: new Set(),
    readEveryday: new Set(),
    named,
  };
  const { covered } = q;
  for (const span of scanQuestion(q.index, q.tokens, (i) => !covered[i])) {
    if (span.everyday) readEverydaySpan(q, span, reading);
    else readEntitySpan(q, span, reading);
  }
  return reading;
}

/** A vocabulary term ("scrub identifiers"): a topic, or one left out. */
function readEverydaySpan(
  q: SpanQuestion,
  span: Extract<QuestionSpan, { everyday: true }>,
  reading: SpanReading,
): void {
  const negated = q.not.reaches(span.start);
  const mention = everydayMention(q.index, span, q.tokens);
  const into = negated ? reading.excluded.topics : reading.topics;
  if (!into.some((t) => t.concept === mention.concept)) into.push(mention);
  if (!negated) reading.topicStarts.set(mention.concept, span.start);
  q.not.pass(span.start, span.length, [], negated);
  reading.named += 1;
  for (let k = span.start; k < span.start + span.length; k++) {
    q.covered[k] = true;
    reading.readEveryday.add(k);
  }
}

/** A span of the dataset's own words: partners, places, kinds, relations, cues and topics. */
function readEntitySpan(
  q: SpanQuestion,
  span: Exclude<QuestionSpan, { everyday: true }>,
  reading: SpanReading,
): void {
  const { index, tokens } = q;
  const spanTokens = tokens.slice(span.start, span.start + span.length);
  const accepted = acceptedEntities(q, span, spanTokens);
  // A topic counts only when nothing else claims its words: "coordinator" is a cue,
  // "Radiomics" a partner, "German" a country, before any of them is a topic.
  const topicOnly = accepted.every((e) => e.type === 'topic');
  const shown = spanTokens.map((t) => q.corrected.get(t.norm) ?? t.norm).join(' ');
  const negated = q.not.reaches(span.start);
  for (const entity of accepted) {
    if (entity.type === 'cue' && entity.cue === 'not')
      reading.notEnds.push(span.start + span.length);
    if (negated) leaveOut(q, entity, span, shown, topicOnly, reading);
    else take(q, entity, span, shown, topicOnly, reading);
  }
  q.not.pass(span.start, span.length, accepted, negated);
  // A "not" that left this item out is spent: in "non-Spanish partners in WP5" it does not
  // reach on to WP5.
  if (negated && accepted.some((e) => e.type !== 'cue'))
    reading.notEnds.splice(
      0,
      reading.notEnds.length,
      ...reading.notEnds.filter((end) => end > span.start),
    );
  // A generic word ("new", "images") is understood, but it says too little to make up for a
  // word nothing explains: "who runs clinical trials for new drugs" is not understood for
  // "new", so it is neither content understood nor content missing.
  const says = (e: Entity) =>
    e.type !== 'cue' &&
    (e.type !== 'topic' || (topicOnly && !index.genericConcepts.has(e.concept)));
  if (accepted.some(says)) reading.named += 1;
  for (let k = span.start; k < span.start + span.length && accepted.length > 0; k++) {
    q.covered[k] = true;
  }
}

/** The readings of a span that stand where it is typed. */
function acceptedEntities(
  q: SpanQuestion,
  span: Exclude<QuestionSpan, { everyday: true }>,
  spanTokens: readonly Token[],
): Entity[] {
  const { index, tokens } = q;
  const isTopic = span.values.some((e) => e.type === 'topic');
  const values = weighPlaces(
    span.values,
    tokens,
    q.canon,
    span,
    index.entities,
    spanTokens.some((t) => q.corrected.has(t.norm)),
  );
  // Typed as a name (capitalised) or left out ("except Radiomics"), it stays the partner.
  const typedAsName = !q.shouted && /^\p{Lu}/u.test(spanTokens[0]?.raw ?? '');
  // The object of the doer's verb is read as the dataset's word for it too, however typed:
  // "who liaises with Euro-BioImaging and BBMRI?" asks for the partner whose role names BBMRI.
  const topicAsked =
    isTopic &&
    !q.not.reaches(span.start) &&
    ((!typedAsName && asksDoerOf(tokens, span.start)) ||
      isVerbObject(tokens, span.start, q.doerAt));
  // A country code where it reads as one ("anyone in NO?", "PARTNERS IN DE") is the place,
  // not the English word ("no") or a word of the dataset's it spells, unless the dataset
  // writes that word in capitals too ("bugs in the AI"): it is read with the codes later.
  const raw = spanTokens[0]?.raw ?? '';
  const code =
    span.length === 1 &&
    index.countryCodes.has(raw) &&
    placedAsCode(tokens, span.start, q.shouted, index.countryCodes) &&
    !writesInCapitals(index.dataset, raw);
  return values.filter((e: Entity) => {
    if (code && (e.type === 'topic' || e.type === 'cue')) return false;
    if (e.type === 'cue' && e.cue === 'not' && asksAboutNo(tokens, span.start)) return false;
    if (e.type === 'cue') return !(isTopic && derivedFrom(spanTokens, e.words));
    if (e.type === 'partner' && topicAsked) return false;
    return (
      e.type !== 'partner' ||
      ((!e.capsOnly || spanTokens.every((t) => isAllCaps(t.raw))) &&
        (e.surfaces === undefined ||
          spanTokens.every((t) => e.surfaces?.includes(t.norm) || q.corrected.has(t.norm))))
    );
  });
}

/** An entity a "not" reaches: "not in Spain", "except the coordinator", "besides TMF". */
function leaveOut(
  q: SpanQuestion,
  entity: Entity,
  span: Exclude<QuestionSpan, { everyday: true }>,
  shown: string,
  topicOnly: boolean,
  reading: SpanReading,
): void {
  const { excluded } = reading;
  if (entity.type === 'cue' && entity.cue === 'coordinator')
    excluded.partners.push(q.index.dataset.consortium.coordinator);
  else if (entity.type === 'cue' && entity.cue === 'lead') reading.leadersExcluded = true;
  else if (entity.type === 'topic' && topicOnly)
    excluded.topics.push({ concept: entity.concept, words: span.key.split(' '), shown });
  else if (entity.type === 'partner') excluded.partners.push(entity.id);
  else if (entity.type === 'country') excluded.countries.push(entity.name);
  else if (entity.type === 'kind') excluded.kinds.push(entity.kind);
  else if (isPlace(entity)) excluded.places.push(entity);
  // Any other reading (a cue, a relation, a topic sharing its words) is taken as it stands.
  else take(q, entity, span, shown, topicOnly, reading);
}

/** An entity the question asks for. */
function take(
  q: SpanQuestion,
  entity: Entity,
  span: Exclude<QuestionSpan, { everyday: true }>,
  shown: string,
  topicOnly: boolean,
  reading: SpanReading,
): void {
  const end = span.start + span.length;
  if (isPlace(entity)) reading.places.push(entity);
  else if (entity.type === 'partner') {
    reading.partners.set(
      entity.id,
      Math.max(reading.partners.get(entity.id) ?? 0, entity.strength),
    );
    reading.partnerSpans.set(entity.id, { start: span.start, end });
  } else if (entity.type === 'country') reading.countries.push(entity.name);
  else if (entity.type === 'kind') {
    if (
      !kindIsContext(q.tokens, span.start, reading.topics.length > 0) &&
      !namesKindOf(q.index, reading.partnerSpans, span.start, entity.kind)
    ) {
      reading.kinds.push(entity.kind);
      if (STATED_KIND_KEYS.has(span.key)) reading.kindWords.push(shown);
    }
  } else if (entity.type === 'relation') {
    reading.relations.push(entity.relation);
    reading.relationSpans.push({ start: span.start, end });
  } else if (entity.type === 'cue') {
    reading.cues.add(entity.cue);
    reading.cueStarts.add(span.start);
  } else if (topicOnly && !reading.topics.some((t) => t.concept === entity.concept)) {
    const verb = span.start === q.verbAt && span.length === 1 ? { verb: true as const } : {};
    reading.topics.push({ concept: entity.concept, words: span.key.split(' '), shown, ...verb });
    reading.topicStarts.set(entity.concept, span.start);
  }
}

/**
 * Whether a kind word right after a partner's name is what that partner is, so a part of naming
 * it and no filter: "Maastricht or the Radiomics company?" (issue #11, either-or family of fresh
 * set 5) asks which of the two, not which is a company. After a partner of another kind it
 * still filters ("UB or CRG, the company?" reads no such apposition either way).
 */
function namesKindOf(
  index: KnowledgeIndex,
  partnerSpans: ReadonlyMap<string, SpanAt>,
  start: number,
  kind: PartnerKind,
): boolean {
  for (const [id, at] of partnerSpans)
    if (at.end === start && index.partners.get(id)?.kind === kind) return true;
  return false;
}

/**
 * Whether a word that is both a topic and a partner's name is asked about as the work of the
 * partners asked for: "who should I ask about radiomics?", "who does radiomics" ask for those
 * who work on radiomics, not for Radiomics the company. Only after a doer ("who", "which
 * partner") and not as its complement: "who is radiomics?" asks about the partner, and so do a
 * question with no doer ("tell me about radiomics").
 */
function asksDoerOf(tokens: readonly Token[], at: number): boolean {
  const doer = tokens.findIndex((t, i) => i < at && DOER_WORDS.has(t.norm));
  if (doer < 0) return false;
  const between = tokens.slice(doer + 1, at).map((t) => t.canon);
  return between.length > 0 && !between.every((w) => BE_WORDS.has(w));
}

/** "who is Radiomics", "who's Radiomics": the doer's complement, a partner asked about. */
const BE_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'was', 's', 'exactly', 'the']);

/**
 * Whether the question's words are longer words made from a cue's words, not the cue itself:
 * "explainability" shares its stem with the cue "explain", but asks about a topic. An inflection
 * adds at most three letters ("handles", "handling", "participated").
 */
function derivedFrom(tokens: readonly Token[], cueWords: readonly string[] | undefined): boolean {
  return (
    cueWords !== undefined &&
    tokens.some((token, i) => token.norm.length > (cueWords[i]?.length ?? 0) + 3)
  );
}
