import type { Entity, Place } from '../index/entities.js';
import { GENERIC_IDF } from '../index/generic-concepts.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { CueKind } from '../lexicon/cues.js';
import { EXTENT_MODIFIERS } from '../lexicon/idioms.js';
import { STATED_KIND_WORDS } from '../lexicon/kinds.js';
import {
  DATE_QUESTION_WORD,
  UNHELD_SUBJECTS,
  type UnheldSubject,
} from '../lexicon/unheld-subjects.js';
import { DOER_WORDS } from '../lexicon/verb-subjects.js';
import type { PartnerKind } from '../schema/dataset.js';
import { type Token, tokenize } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';
import { type ClauseToken, tokenizeAsides } from './asides.js';
import {
  isAllCaps,
  isShouted,
  placedAsCode,
  readsAsCountryCode,
  writesInCapitals,
} from './capital-words.js';
import { expandChatShorthand } from './chat-shorthand.js';
import {
  anchorsEnglish,
  englishMention,
  everydayMention,
  isEverydayWord,
  plainWord,
  scanQuestion,
  strayWords,
} from './everyday-words.js';
import { explainIdioms } from './idiom-topics.js';
import { kindIsContext } from './kind-context.js';
import { asksAboutNo, createNotScope, notReaches } from './not-scope.js';
import { isPlace, narrowPlaces, weighPlaces } from './place-reading.js';
import { questionVerbAt } from './question-verb.js';
import { isRelationObject, isVerbObject, type SpanAt } from './relation-objects.js';
import { isWorkPackageToken, scanWorkPackages } from './work-package-refs.js';

/** The canonical keys of the narrower kind words, as the question's spans carry them. */
const STATED_KIND_KEYS: ReadonlySet<string> = new Set(
  STATED_KIND_WORDS.map((w) =>
    tokenize(w)
      .map((t) => t.canon)
      .join(' '),
  ),
);

/** Longest question read, in characters; the rest is ignored and the answer says so. */
export const MAX_QUESTION_LENGTH = 500;
/**
 * Largest Fuse distance accepted as a silent typo fix: one wrong letter in four, or a swapped
 * pair in a word of seven letters ("Belgain"). Calibrated on the golden set's typos.
 */
export const TYPO_DISTANCE = 0.3;

/** A topic the question mentions: a concept, the canonical words that named it, and how it reads. */
export interface TopicMention {
  concept: string;
  /** Canonical words, for matching only: a stem ("valu") is never shown to anyone. */
  words: string[];
  /**
   * How answers write the topic: the words as the question wrote them (folded), a mistyped
   * word as the dataset writes the word it was read as ("analyes" → "analyses").
   */
  shown: string;
  /**
   * For a word read through an everyday vocabulary or general English ("press" for
   * dissemination): the dataset's concepts it stands for, and the share of credit it earns.
   */
  via?: { concepts: readonly string[]; credit: number; reading: Reading };
  /** Set on the question's verb ("hosts" in "who hosts MareNostrum?"; see question-verb.ts). */
  verb?: true;
}

/** How a word came to name a topic: an everyday vocabulary, or a WordNet relation. */
export type Reading = 'vocabulary' | 'derived' | 'synonym';

/** What the question names, found in its words. */
export interface ParsedQuestion {
  /** The question as read (see {@link readQuestion}). */
  question: string;
  truncated: boolean;
  workPackages: string[];
  aboutWorkPackages: boolean;
  partners: { id: string; strength: number }[];
  countries: string[];
  /** Regions and cities ("the Baltics", "Barcelona"): places like countries, under their own name. */
  places: Place[];
  kinds: PartnerKind[];
  /** Relations to a parent the question names ("third party"), as the dataset writes them. */
  relations: string[];
  /**
   * The partners at the other end of a relation named: in "who is the third party of
   * BBMRI-ERIC?" BBMRI-ERIC is the parent, and the answer the partners whose parent it is.
   */
  parents?: string[];
  /**
   * What the question leaves out: "not in Spain", "outside the EU", "other than companies",
   * "besides TMF", "not in WP4", "except the coordinator", and topics: "privacy work that isn't
   * about GDPR".
   */
  excluded: {
    countries: string[];
    places: Place[];
    kinds: PartnerKind[];
    partners: string[];
    workPackages: string[];
    topics: TopicMention[];
  };
  /** Narrower kind words the question names ("start-up"): see STATED_KIND_WORDS. */
  kindWords?: string[];
  /** Whether a partner must work in every work package named ("both WP2 and WP5"), not any. */
  everyWorkPackage: boolean;
  cues: ReadonlySet<CueKind>;
  topics: TopicMention[];
  /** Content words nothing explains (as typed, lower case). */
  unexplained: string[];
  /** Subjects the dataset does not hold that the question asks about (contacts, dates …). */
  unheld: UnheldSubject[];
  /**
   * Things named plus words unexplained: what coverage is measured against. Generic words
   * count as neither.
   */
  contentWords: number;
  corrections: Correction[];
  /** List every match, not only the first few: a follow-up asked for "all of them". */
  showAll?: boolean;
}

/** A typo fixed in the question: the word as typed (folded), and the known word it was read as. */
export interface Correction {
  from: string;
  /** The known word's canonical form. */
  to: string;
  /** The known word as the dataset writes it (folded), for answers to show. */
  surface: string;
}

/** Terminal colour and cursor codes ("\x1b[31m"), as text copied from a terminal carries. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what starts these codes.
const ANSI_CODES = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;

// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what starts these codes.
const MARKUP_STARTS = /[<@\x1b]/;

/**
 * Removes chat markup: Slack's `<@U123>` and `<url|label>`, Teams' `<at>…</at>`, a leading
 * @name, and terminal escape codes; and writes chat shorthand out ("r" → "are"), so that every
 * reader of the question (parser, follow-ups, groupings) reads the same words.
 */
export function stripChatMarkup(text: string): string {
  return expandChatShorthand(withoutMarkup(text));
}

/** The text with chat markup and escape codes removed. */
function withoutMarkup(text: string): string {
  // Every pattern below starts with one of these: most questions have none, and skip six scans.
  if (!MARKUP_STARTS.test(text)) return text;
  return (
    text
      .replace(ANSI_CODES, ' ')
      .replace(/<at>[^<]*<\/at>/gi, ' ')
      // Slack escapes "<" in text, so no markup holds one; stopping there keeps each search linear.
      .replace(/<[@#!][^<>]*>/g, ' ')
      .replace(/<[^<>|]*\|([^<>]*)>/g, '$1')
      .replace(/<(https?:[^<>]*)>/g, '$1')
      .replace(/^\s*@\S+/, ' ')
  );
}

const CONTRACTED: ReadonlyMap<string, string> = new Map([
  ['s', 'is'],
  ['re', 'are'],
]);
const CONTRACTING = new Set([
  'who',
  'what',
  'where',
  'there',
  'here',
  'that',
  'it',
  'how',
  'they',
  'you',
  'we',
]);

/** "who's" and "who're" arrive as two tokens; the second is read as "is" or "are". */
function expandContractions(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    const full = CONTRACTED.get(token.canon);
    if (full !== undefined && CONTRACTING.has(tokens[i - 1]?.canon ?? '')) token.canon = full;
  });
}

function correctTypos(
  tokens: Token[],
  index: KnowledgeIndex,
  explained: readonly boolean[],
): Correction[] {
  const corrections: Correction[] = [];
  for (const [i, token] of tokens.entries()) {
    if (isWorkPackageToken(token) || index.knownWords.has(token.canon) || explained[i]) continue;
    const fix = index.corrector.correct(token.norm, TYPO_DISTANCE);
    if (fix === undefined) continue;
    corrections.push({ from: token.norm, to: fix.word, surface: fix.surface });
    token.canon = fix.word;
  }
  return corrections;
}

/** The question as read: trimmed, and cut to MAX_QUESTION_LENGTH without splitting a character. */
export function readQuestion(input: string): { question: string; truncated: boolean } {
  const trimmed = input.trim();
  if (trimmed.length <= MAX_QUESTION_LENGTH) return { question: trimmed, truncated: false };
  const last = trimmed.charCodeAt(MAX_QUESTION_LENGTH - 1);
  // A high surrogate keeps its low half: an emoji is cut whole or not at all.
  const end = last >= 0xd800 && last <= 0xdbff ? MAX_QUESTION_LENGTH - 1 : MAX_QUESTION_LENGTH;
  return { question: trimmed.slice(0, end).trimEnd(), truncated: true };
}

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

/**
 * The subjects the dataset does not hold that the question asks about: a word or phrase of one
 * (UNHELD_SUBJECTS) that nothing else explains, in a clause that asks ("greetings from the
 * coffee machine, who …" does not ask about coffee), or a question that starts with "when".
 */
function unheldSubjects(
  tokens: readonly ClauseToken[],
  open: (i: number) => boolean,
): UnheldSubject[] {
  const first = tokens.find((t) => t.aside !== true)?.norm;
  const found = new Set<UnheldSubject>();
  tokens.forEach((token, i) => {
    for (const { subject, words } of UNHELD_BY_FIRST_WORD.get(token.norm) ?? []) {
      const said = words.every((w, k) => {
        const next = tokens[i + k];
        return next?.norm === w && next.aside !== true && next.quiet !== true;
      });
      // A phrase of several words ("how many patients") is the subject as a whole, even where
      // the dataset uses each of its words.
      if (said && (words.length > 1 || open(i))) found.add(subject);
    }
  });
  return UNHELD_SUBJECTS.filter(
    (subject) => found.has(subject) || (subject.id === 'dates' && first === DATE_QUESTION_WORD),
  );
}

/** The unheld subjects' phrases by their first word: a question's words look up only theirs. */
const UNHELD_BY_FIRST_WORD: ReadonlyMap<
  string,
  readonly { subject: UnheldSubject; words: readonly string[] }[]
> = (() => {
  const map = new Map<string, { subject: UnheldSubject; words: readonly string[] }[]>();
  for (const subject of UNHELD_SUBJECTS)
    for (const phrase of subject.words as readonly string[]) {
      const words = phrase.split(' ');
      const list = map.get(words[0] ?? '') ?? [];
      list.push({ subject, words });
      map.set(words[0] ?? '', list);
    }
  return map;
})();

/** The words of the subjects the dataset does not hold: general English must not explain them. */
const UNHELD_WORDS: ReadonlySet<string> = new Set(
  UNHELD_SUBJECTS.flatMap((s) => s.words.flatMap((w) => w.split(' '))),
);

/** Cues that make a question complete without a topic: "who coordinates the project?". */
const ASKS_ON_ITS_OWN: readonly CueKind[] = [
  'coordinator',
  'list',
  'partners',
  'work-packages',
  'matrix',
];

/** Adds the topics named in clauses about the asker; returns how many it added. */
function topicsAside(
  index: KnowledgeIndex,
  tokens: readonly ClauseToken[],
  covered: boolean[],
  topics: TopicMention[],
): number {
  const canon = tokens.map((t) => t.canon);
  let added = 0;
  for (const span of index.entities.scan(canon, (i) => tokens[i]?.aside === true)) {
    if (!span.values.every((e) => e.type === 'topic')) continue;
    // A generic word of the aside ("just started in WP3") is no subject to answer about.
    if (span.values.every((e) => e.type === 'topic' && index.genericConcepts.has(e.concept)))
      continue;
    for (const entity of span.values) {
      if (entity.type !== 'topic' || topics.some((t) => t.concept === entity.concept)) continue;
      const shown = tokens.slice(span.start, span.start + span.length).map((t) => t.norm);
      topics.push({ concept: entity.concept, words: span.key.split(' '), shown: shown.join(' ') });
      added += 1;
    }
    for (let k = span.start; k < span.start + span.length; k++) covered[k] = true;
  }
  return added;
}

/**
 * Whether a word names something the dataset knows: a word of its phrases or a work package.
 * The everyday vocabulary is left out: it reads common words ("back", "hand") that a remark
 * about the asker's day is made of.
 */
function knowsWord(index: KnowledgeIndex, token: Token): boolean {
  if (STOPWORDS.has(token.canon)) return false;
  return index.knownWords.has(token.canon) || /^wp\d*$/.test(token.norm);
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
 * A list without repeats, in first-seen order, as `[...new Set(list)]` gives it; a list of one
 * word or none (nearly every list of a parse) is copied without building a Set.
 */
function distinct<T>(list: readonly T[]): T[] {
  return list.length < 2 ? [...list] : [...new Set(list)];
}

/** A fresh "nothing left out", for a parse to fill in. */
export function noExclusion(): ParsedQuestion['excluded'] {
  return { countries: [], places: [], kinds: [], partners: [], workPackages: [], topics: [] };
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

/** Finds work packages, partners, countries, kinds, cue words and topics in a question. */
export function parseQuestion(index: KnowledgeIndex, input: string): ParsedQuestion {
  const { question, truncated } = readQuestion(input);
  const wp = scanWorkPackages(
    tokenizeAsides(stripChatMarkup(question), (token) => knowsWord(index, token)),
  );
  const tokens: ClauseToken[] = wp.tokens;
  expandContractions(tokens);
  // Words about the asker are neither filters nor unexplained (see asides.ts).
  const covered = tokens.map((t) => isWorkPackageToken(t) || t.aside === true);
  // Things the question names (one per span: "United States" is one) plus the words nothing
  // explains make up its content; cue words do not count.
  let named = covered.filter(Boolean).length;
  // A real English word the dataset does not know is read through general English before it
  // can be taken for a typo: "storing" is about storage, not a misspelt "sharing".
  const known = (token: Token): boolean =>
    index.knownWords.has(token.canon) || isEverydayWord(index, token);
  const english = tokens.map((token, i) => {
    if (covered[i] || known(token) || UNHELD_WORDS.has(token.norm)) return undefined;
    const mention = englishMention(index, token);
    if (mention !== undefined) covered[i] = true;
    return mention;
  });
  // Nor is an everyday word ("press", not "process") or a plain English word ("turns",
  // "decides") a typo of some word of the dataset.
  const corrections = correctTypos(
    tokens,
    index,
    tokens.map(
      (t, i) =>
        english[i] !== undefined ||
        known(t) ||
        plainWord(t) !== undefined ||
        UNHELD_WORDS.has(t.norm),
    ),
  );
  // A word is corrected the same way wherever it occurs, so its folded form is the key.
  const corrected = new Map(corrections.map((c) => [c.from, c.surface]));
  const shouted = isShouted(tokens);
  const partners = new Map<string, number>();
  const countries: string[] = [];
  const places: Place[] = [];
  const kinds: PartnerKind[] = [];
  const kindWords: string[] = [];
  const relations: string[] = [];
  const excluded = noExclusion();
  const not = createNotScope(tokens);
  // Where each "not" ends: a work package is no span of the scan, so its "not" is found here.
  const notEnds: number[] = [];
  let leadersExcluded = false;
  // Where each topic of the question starts, to find the word that qualifies it.
  const topicStarts = new Map<string, number>();
  const cues = new Set<CueKind>();
  const topics: TopicMention[] = [];
  if (wp.plural) cues.add('work-packages');
  const verbAt = questionVerbAt(tokens);
  const doerAt = tokens.findIndex((t) => DOER_WORDS.has(t.norm));
  const partnerSpans = new Map<string, SpanAt>();
  const relationSpans: SpanAt[] = [];
  const cueStarts = new Set<number>();

  const canon = tokens.map((t) => t.canon);
  // Tokens a vocabulary term read ("tidy up"): an idiom does not take them back.
  const readEveryday = new Set<number>();
  for (const span of scanQuestion(index, tokens, (i) => !covered[i])) {
    const spanTokens = tokens.slice(span.start, span.start + span.length);
    if (span.everyday) {
      const negated = not.reaches(span.start);
      const mention = everydayMention(index, span, tokens);
      const into = negated ? excluded.topics : topics;
      if (!into.some((t) => t.concept === mention.concept)) into.push(mention);
      if (!negated) topicStarts.set(mention.concept, span.start);
      not.pass(span.start, span.length, [], negated);
      named += 1;
      for (let k = span.start; k < span.start + span.length; k++) {
        covered[k] = true;
        readEveryday.add(k);
      }
      continue;
    }
    const isTopic = span.values.some((e) => e.type === 'topic');
    const values = weighPlaces(
      span.values,
      tokens,
      canon,
      span,
      index.entities,
      tokens.slice(span.start, span.start + span.length).some((t) => corrected.has(t.norm)),
    );
    // Typed as a name (capitalised) or left out ("except Radiomics"), it stays the partner.
    const typedAsName = !shouted && /^\p{Lu}/u.test(spanTokens[0]?.raw ?? '');
    // The object of the doer's verb is read as the dataset's word for it too, however typed:
    // "who liaises with Euro-BioImaging and BBMRI?" asks for the partner whose role names BBMRI.
    const topicAsked =
      isTopic &&
      !not.reaches(span.start) &&
      ((!typedAsName && asksDoerOf(tokens, span.start)) ||
        isVerbObject(tokens, span.start, doerAt));
    // A country code where it reads as one ("anyone in NO?", "PARTNERS IN DE") is the place,
    // not the English word ("no") or a word of the dataset's it spells, unless the dataset
    // writes that word in capitals too ("bugs in the AI"): it is read with the codes below.
    const raw = spanTokens[0]?.raw ?? '';
    const code =
      span.length === 1 &&
      index.countryCodes.has(raw) &&
      placedAsCode(tokens, span.start, shouted) &&
      !writesInCapitals(index.dataset, raw);
    const accepted = values.filter((e: Entity) => {
      if (code && (e.type === 'topic' || e.type === 'cue')) return false;
      if (e.type === 'cue' && e.cue === 'not' && asksAboutNo(tokens, span.start)) return false;
      if (e.type === 'cue') return !(isTopic && derivedFrom(spanTokens, e.words));
      if (e.type === 'partner' && topicAsked) return false;
      return (
        e.type !== 'partner' ||
        ((!e.capsOnly || spanTokens.every((t) => isAllCaps(t.raw))) &&
          (e.surfaces === undefined ||
            spanTokens.every((t) => e.surfaces?.includes(t.norm) || corrected.has(t.norm))))
      );
    });
    // A topic counts only when nothing else claims its words: "coordinator" is a cue,
    // "Radiomics" a partner, "German" a country, before any of them is a topic.
    const topicOnly = accepted.every((e) => e.type === 'topic');
    const shown = spanTokens.map((t) => corrected.get(t.norm) ?? t.norm).join(' ');
    const negated = not.reaches(span.start);
    for (const entity of accepted) {
      if (entity.type === 'cue' && entity.cue === 'not') notEnds.push(span.start + span.length);
      if (negated && entity.type === 'cue' && entity.cue === 'coordinator')
        excluded.partners.push(index.dataset.consortium.coordinator);
      else if (negated && entity.type === 'cue' && entity.cue === 'lead') leadersExcluded = true;
      else if (negated && entity.type === 'topic' && topicOnly)
        excluded.topics.push({ concept: entity.concept, words: span.key.split(' '), shown });
      else if (negated && entity.type === 'partner') excluded.partners.push(entity.id);
      else if (negated && entity.type === 'country') excluded.countries.push(entity.name);
      else if (negated && entity.type === 'kind') excluded.kinds.push(entity.kind);
      else if (negated && isPlace(entity)) excluded.places.push(entity);
      else if (isPlace(entity)) places.push(entity);
      else if (entity.type === 'partner') {
        partners.set(entity.id, Math.max(partners.get(entity.id) ?? 0, entity.strength));
        partnerSpans.set(entity.id, { start: span.start, end: span.start + span.length });
      } else if (entity.type === 'country') countries.push(entity.name);
      else if (entity.type === 'kind') {
        if (
          !kindIsContext(tokens, span.start, topics.length > 0) &&
          !namesKindOf(index, partnerSpans, span.start, entity.kind)
        ) {
          kinds.push(entity.kind);
          if (STATED_KIND_KEYS.has(span.key)) kindWords.push(shown);
        }
      } else if (entity.type === 'relation') {
        relations.push(entity.relation);
        relationSpans.push({ start: span.start, end: span.start + span.length });
      } else if (entity.type === 'cue') {
        cues.add(entity.cue);
        cueStarts.add(span.start);
      } else if (topicOnly && !topics.some((t) => t.concept === entity.concept)) {
        const verb = span.start === verbAt && span.length === 1 ? { verb: true as const } : {};
        topics.push({ concept: entity.concept, words: span.key.split(' '), shown, ...verb });
        topicStarts.set(entity.concept, span.start);
      }
    }
    not.pass(span.start, span.length, accepted, negated);
    // A "not" that left this item out is spent: in "non-Spanish partners in WP5" it does not
    // reach on to WP5.
    if (negated && accepted.some((e) => e.type !== 'cue'))
      notEnds.splice(0, notEnds.length, ...notEnds.filter((end) => end > span.start));
    // A generic word ("new", "images") is understood, but it says too little to make up for a
    // word nothing explains: "who runs clinical trials for new drugs" is not understood for
    // "new", so it is neither content understood nor content missing.
    const says = (e: Entity) =>
      e.type !== 'cue' &&
      (e.type !== 'topic' || (topicOnly && !index.genericConcepts.has(e.concept)));
    if (accepted.some(says)) named += 1;
    for (let k = span.start; k < span.start + span.length && accepted.length > 0; k++) {
      covered[k] = true;
    }
  }
  // "the overall coordinator", "the main lead": an extent word qualifies the cue after it, it
  // names no topic of its own (see EXTENT_MODIFIERS).
  for (const [concept, start] of topicStarts) {
    if (!EXTENT_MODIFIERS.has(tokens[start]?.norm ?? '') || !cueStarts.has(start + 1)) continue;
    const at = topics.findIndex((t) => t.concept === concept && t.words.length === 1);
    if (at < 0) continue;
    topics.splice(at, 1);
    topicStarts.delete(concept);
    named -= 1;
  }
  const parents = [...partnerSpans].flatMap(([id, at]) =>
    isRelationObject(tokens, at, relationSpans) ? [id] : [],
  );
  for (const id of parents) partners.delete(id);
  // A question that names nothing of its own ("who would that be?") asks about the topic of
  // the clause it follows: "I've been asked to chase the cost-benefit analysis, who would that
  // be?". Only topics come from there, never filters. A work package is named too: "new in the
  // privacy team here, who leads WP1?" asks about WP1's leader, not about privacy.
  const namesNothing =
    partners.size + countries.length + kinds.length + relations.length + topics.length === 0 &&
    english.every((m) => m === undefined) &&
    !ASKS_ON_ITS_OWN.some((cue) => cues.has(cue)) &&
    !wp.plural &&
    wp.ids.length === 0;
  if (namesNothing) named += topicsAside(index, tokens, covered, topics);
  // Country codes count only in capitals, so "us" and "it" stay words: "UK", "USA", "NL".
  tokens.forEach((token, i) => {
    const name = readsAsCountryCode(tokens, i, shouted)
      ? index.countryCodes.get(token.raw)
      : undefined;
    if (name !== undefined && !covered[i]) {
      // "non-EU partners other than the US one": a code is left out like a named country.
      if (notEnds.some((end) => notReaches(tokens, end, i))) excluded.countries.push(name);
      else countries.push(name);
      covered[i] = true;
      named += 1;
    }
  });
  // "hospitals that are not in WP4", "WP2 partners that are not also in WP7".
  const workPackages = wp.ids.filter((id) => {
    const at = tokens.findIndex((t) => t.canon === `#wp${id.slice(2)}`);
    return !notEnds.some((end) => notReaches(tokens, end, at));
  });
  excluded.workPackages.push(...wp.ids.filter((id) => !workPackages.includes(id)));
  // "who is in WP4 apart from the leader?"
  if (leadersExcluded)
    for (const id of workPackages) {
      const leader = index.workPackages.get(id)?.leader;
      if (leader) excluded.partners.push(leader);
    }
  named -= explainIdioms(index, tokens, covered, readEveryday, topics, topicStarts);
  const where = narrowPlaces(distinct(countries), distinct(places));
  const anchored =
    partners.size + countries.length + places.length + kinds.length + relations.length > 0 ||
    workPackages.length > 0 ||
    topics.some((t) => anchorsEnglish(index, t));
  english.forEach((mention, i) => {
    if (mention === undefined) return;
    if (!anchored) covered[i] = false;
    else {
      named += 1;
      if (!topics.some((t) => t.concept === mention.concept)) topics.push(mention);
    }
  });
  // A plain verb needs no explaining beside a topic ("who decides who can see the data?"), a
  // plain modifier none in a question complete without it ("who is running the whole project?"),
  // unless it qualifies the topic it comes right before: "financial reporting" is not the
  // dataset's reporting. Otherwise they are what was not understood: "who won the match?",
  // "who pays the partners?".
  const complete = anchored || cues.has('lead') || ASKS_ON_ITS_OWN.some((cue) => cues.has(cue));
  const topicAt = new Set([...topicStarts.values()]);
  english.forEach((mention, i) => {
    if (mention !== undefined && covered[i]) topicAt.add(i);
  });
  const needsNoExplaining = (i: number, token: Token): boolean => {
    const plain = plainWord(token);
    if (plain === 'verb') return anchored;
    return (
      plain === 'modifier' && complete && (!topicAt.has(i + 1) || EXTENT_MODIFIERS.has(token.canon))
    );
  };
  const isUnexplained = (i: number): boolean => {
    const t = tokens[i];
    return (
      t !== undefined &&
      !covered[i] &&
      !STOPWORDS.has(t.canon) &&
      !/^\d+$/.test(t.canon) &&
      !needsNoExplaining(i, t)
    );
  };
  // "lung cancer", "kidney cancer AI": an unknown word right before a common topic word names
  // a thing the dataset does not have; answering on "cancer" alone would answer another
  // question. The pair is unexplained as a whole.
  const qualifying = new Set<number>();
  for (const [concept, start] of topicStarts) {
    if (!isUnexplained(start - 1) || (index.idf.get(concept) ?? Infinity) > GENERIC_IDF) continue;
    qualifying.add(start - 1);
    const at = topics.findIndex((t) => t.concept === concept);
    const [topic] = topics.splice(at, 1);
    for (let k = start; k < start + (topic?.words.length ?? 1); k++) covered[k] = false;
    // A generic topic was never counted as named (see `says`).
    if (!index.genericConcepts.has(concept)) named -= 1;
  }
  // A stray English word beside a concept the question names firmly is noise, not a subject
  // the dataset lacks (see everyday-words.ts); one that qualifies a topic is not.
  const leftovers = tokens.flatMap((_, i) => (isUnexplained(i) ? [i] : []));
  const ownTopicAt = new Set(
    topics.flatMap((t) => (t.via === undefined ? [topicStarts.get(t.concept) ?? -1] : [])),
  );
  // A topic read from a mistyped word is a guess already ("password" as "passport").
  const guessed = new Set(corrections.map((c) => c.to));
  const noise = strayWords(
    index,
    tokens,
    leftovers.filter((i) => !qualifying.has(i) && !ownTopicAt.has(i + 1)),
    topics.filter((t) => !t.words.some((w) => guessed.has(w))),
  );
  const unexplained = leftovers.flatMap((i) => (noise.has(i) ? [] : [tokens[i]?.norm ?? '']));
  // Plain words too: "paid" and "due" need no explaining beside a partner, yet ask for money
  // and dates.
  const unheld = unheldSubjects(tokens, (i) => !covered[i]);
  return {
    question,
    truncated,
    workPackages,
    aboutWorkPackages: wp.plural || tokens.some((t) => t.canon === '#wp'),
    partners: [...partners].map(([id, strength]) => ({ id, strength })),
    countries: where.countries,
    places: where.places,
    kinds: distinct(kinds),
    relations: distinct(relations),
    ...(parents.length > 0 ? { parents } : {}),
    excluded: {
      countries: distinct(excluded.countries),
      places: distinct(excluded.places),
      kinds: distinct(excluded.kinds),
      partners: distinct(excluded.partners),
      workPackages: excluded.workPackages,
      topics: excluded.topics,
    },
    everyWorkPackage: cues.has('both') && workPackages.length > 1,
    ...(kindWords.length > 0 ? { kindWords } : {}),
    cues,
    topics,
    unexplained,
    contentWords: named + unexplained.length,
    unheld,
    corrections,
  };
}
