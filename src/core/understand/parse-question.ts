import type { Entity } from '../index/entities.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { CueKind } from '../lexicon/cues.js';
import type { PartnerKind } from '../schema/dataset.js';
import { type Token, tokenize } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';
import { createNotScope } from './not-scope.js';
import { isWorkPackageToken, scanWorkPackages } from './work-package-refs.js';

/** Longest question read, in characters; the rest is ignored and the answer says so. */
export const MAX_QUESTION_LENGTH = 500;
/**
 * Largest Fuse distance accepted as a silent typo fix: one wrong letter in four, or a swapped
 * pair in a word of seven letters ("Belgain"). Calibrated on the golden set's typos.
 */
export const TYPO_DISTANCE = 0.3;

/** A topic the question mentions: a concept, the canonical words that named it, and how it was typed. */
export interface TopicMention {
  concept: string;
  words: string[];
  /** The words as typed (lower case), or undefined when a typo was fixed in them. */
  typed?: string;
}

/** What the question names, found in its words. */
export interface ParsedQuestion {
  /** The question as read (see {@link readQuestion}). */
  question: string;
  truncated: boolean;
  workPackages: string[];
  aboutWorkPackages: boolean;
  partners: { id: string; strength: number }[];
  countries: string[];
  kinds: PartnerKind[];
  /** Relations to a parent the question names ("third party"), as the dataset writes them. */
  relations: string[];
  /** What the question leaves out: "not in Spain", "other than companies", "besides TMF". */
  excluded: { countries: string[]; kinds: PartnerKind[]; partners: string[] };
  /** Whether a partner must work in every work package named ("both WP2 and WP5"), not any. */
  everyWorkPackage: boolean;
  /** Whether a "not" comes right before a topic ("who does not work on GDPR"). */
  negatesTopic: boolean;
  cues: ReadonlySet<CueKind>;
  topics: TopicMention[];
  /** Content words nothing explains (as typed, lower case). */
  unexplained: string[];
  /** Things named plus words unexplained: what coverage is measured against. */
  contentWords: number;
  corrections: { from: string; to: string }[];
}

/** Terminal colour and cursor codes ("\x1b[31m"), as text copied from a terminal carries. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what starts these codes.
const ANSI_CODES = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;

/**
 * Removes chat markup: Slack's `<@U123>` and `<url|label>`, Teams' `<at>…</at>`, a leading
 * @name, and terminal escape codes.
 */
export function stripChatMarkup(text: string): string {
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

function isAllCaps(raw: string): boolean {
  return raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

const CONTRACTED: Record<string, string> = { s: 'is', re: 'are' };
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
    const full = CONTRACTED[token.canon];
    if (full !== undefined && CONTRACTING.has(tokens[i - 1]?.canon ?? '')) token.canon = full;
  });
}

function correctTypos(tokens: Token[], index: KnowledgeIndex): { from: string; to: string }[] {
  const corrections: { from: string; to: string }[] = [];
  for (const token of tokens) {
    if (isWorkPackageToken(token) || index.knownWords.has(token.canon)) continue;
    const fix = index.corrector.correct(token.norm, TYPO_DISTANCE);
    if (fix === undefined) continue;
    corrections.push({ from: token.norm, to: fix.word });
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

/** Finds work packages, partners, countries, kinds, cue words and topics in a question. */
export function parseQuestion(index: KnowledgeIndex, input: string): ParsedQuestion {
  const { question, truncated } = readQuestion(input);
  const wp = scanWorkPackages(tokenize(stripChatMarkup(question)));
  const tokens = wp.tokens;
  expandContractions(tokens);
  const corrections = correctTypos(tokens, index);
  const corrected = new Set(corrections.map((c) => c.from));
  const covered = tokens.map(isWorkPackageToken);
  // Things the question names (one per span: "United States" is one) plus the words nothing
  // explains make up its content; cue words do not count.
  let named = covered.filter(Boolean).length;
  const partners = new Map<string, number>();
  const countries: string[] = [];
  const kinds: PartnerKind[] = [];
  const relations: string[] = [];
  const excluded: ParsedQuestion['excluded'] = { countries: [], kinds: [], partners: [] };
  const not = createNotScope(tokens);
  let negatesTopic = false;
  const cues = new Set<CueKind>();
  const topics: TopicMention[] = [];
  if (wp.plural) cues.add('work-packages');

  const canon = tokens.map((t) => t.canon);
  for (const span of index.entities.scan(canon, (i) => !covered[i])) {
    const spanTokens = tokens.slice(span.start, span.start + span.length);
    const isTopic = span.values.some((e) => e.type === 'topic');
    const accepted = span.values.filter((e: Entity) => {
      if (e.type === 'cue') return !(isTopic && derivedFrom(spanTokens, e.words));
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
    const typed = spanTokens.some((t) => corrected.has(t.norm))
      ? undefined
      : spanTokens.map((t) => t.norm).join(' ');
    const negated = not.reaches(span.start);
    for (const entity of accepted) {
      if (negated && entity.type === 'partner') excluded.partners.push(entity.id);
      else if (negated && entity.type === 'country') excluded.countries.push(entity.name);
      else if (negated && entity.type === 'kind') excluded.kinds.push(entity.kind);
      else if (entity.type === 'partner')
        partners.set(entity.id, Math.max(partners.get(entity.id) ?? 0, entity.strength));
      else if (entity.type === 'country') countries.push(entity.name);
      else if (entity.type === 'kind') kinds.push(entity.kind);
      else if (entity.type === 'relation') relations.push(entity.relation);
      else if (entity.type === 'cue') cues.add(entity.cue);
      else if (topicOnly && !topics.some((t) => t.concept === entity.concept))
        topics.push({
          concept: entity.concept,
          words: span.key.split(' '),
          ...(typed ? { typed } : {}),
        });
    }
    if (negated && topicOnly && accepted.length > 0) negatesTopic = true;
    not.pass(span.start, span.length, accepted, negated);
    if (accepted.some((e) => e.type !== 'cue' && (e.type !== 'topic' || topicOnly))) named += 1;
    for (let k = span.start; k < span.start + span.length && accepted.length > 0; k++) {
      covered[k] = true;
    }
  }
  // Country codes count only in capitals, so "us" and "it" stay words: "UK", "USA", "NL".
  tokens.forEach((token, i) => {
    const name = isAllCaps(token.raw) ? index.countryCodes.get(token.raw) : undefined;
    if (name !== undefined && !covered[i]) {
      countries.push(name);
      covered[i] = true;
      named += 1;
    }
  });
  const unexplained = tokens
    .filter((t, i) => !covered[i] && !STOPWORDS.has(t.canon) && !/^\d+$/.test(t.canon))
    .map((t) => t.norm);
  return {
    question,
    truncated,
    workPackages: wp.ids,
    aboutWorkPackages: wp.plural || tokens.some((t) => t.canon === '#wp'),
    partners: [...partners].map(([id, strength]) => ({ id, strength })),
    countries: [...new Set(countries)],
    kinds: [...new Set(kinds)],
    relations: [...new Set(relations)],
    excluded: {
      countries: [...new Set(excluded.countries)],
      kinds: [...new Set(excluded.kinds)],
      partners: [...new Set(excluded.partners)],
    },
    negatesTopic,
    everyWorkPackage: cues.has('both') && wp.ids.length > 1,
    cues,
    topics,
    unexplained,
    contentWords: named + unexplained.length,
    corrections,
  };
}
