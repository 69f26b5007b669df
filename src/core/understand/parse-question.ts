import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { CUE_PHRASE_ONLY_WORDS } from '../index/known-words.js';
import { COMMON_WORDS } from '../lexicon/common-words.js';
import type { CueKind } from '../lexicon/cues.js';
import { EXTENT_MODIFIERS } from '../lexicon/idioms.js';
import {
  DATE_QUESTION_WORD,
  UNHELD_SUBJECTS,
  type UnheldSubject,
} from '../lexicon/unheld-subjects.js';
import { DOER_WORDS } from '../lexicon/verb-subjects.js';
import type { Token } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';
import { asideWorkPackage } from './aside-work-package.js';
import { type ClauseToken, tokenizeAsides } from './asides.js';
import { askerOwnPartners } from './asker-own.js';
import { isShouted, readsAsCountryCode, readsAsLowerCaseCode } from './capital-words.js';
import { expandChatShorthand } from './chat-shorthand.js';
import { coverChoiceWords } from './choice-words.js';
import { anchorsEnglish, englishMention, isEverydayWord, plainWord } from './everyday-words.js';
import { explainIdioms } from './idiom-topics.js';
import { createNotScope, notReaches } from './not-scope.js';
import type { Correction, ParsedQuestion, TopicMention } from './parsed-question.js';
import { narrowPlaces } from './place-reading.js';
import { questionVerbAt } from './question-verb.js';
import { readSpans } from './read-spans.js';
import { isRelationObject } from './relation-objects.js';
import { coverRelationParticiples } from './relation-participles.js';
import { asksForAccount } from './social-accounts.js';
import { topicsAreAlternatives } from './topic-alternatives.js';
import { unexplainedWords } from './unexplained-words.js';
import { isWorkPackageToken, scanWorkPackages } from './work-package-refs.js';

/** Longest question read, in characters; the rest is ignored and the answer says so. */
export const MAX_QUESTION_LENGTH = 500;
/**
 * Largest Fuse distance accepted as a silent typo fix: one wrong letter in four, or a swapped
 * pair in a word of seven letters ("Belgain"). Calibrated on the golden set's typos.
 */
export const TYPO_DISTANCE = 0.3;

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
    (subject) =>
      found.has(subject) ||
      (subject.id === 'dates' && first === DATE_QUESTION_WORD) ||
      (subject.id === 'contacts' && asksForAccount(tokens)),
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

/**
 * Partner nouns that, beside a verb of taking part, want an object: "I'm on the AI passport,
 * which partners should I loop in?" asks who works on the passport, where "which partners?"
 * alone asks for them all.
 */
const WANT_AN_OBJECT: readonly CueKind[] = ['partners', 'list'];

/** Whether the cues make a question complete without a topic of its own (ASKS_ON_ITS_OWN). */
function asksOnItsOwn(cues: ReadonlySet<CueKind>): boolean {
  const member = cues.has('member');
  return ASKS_ON_ITS_OWN.some((cue) => cues.has(cue) && !(member && WANT_AN_OBJECT.includes(cue)));
}

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
  // A word of a multi-word cue alone names nothing, unless a phrase of its own is that word.
  if (CUE_PHRASE_ONLY_WORDS.has(token.canon) && index.entities.get(token.canon).length === 0)
    return false;
  return index.knownWords.has(token.canon) || /^wp\d*$/.test(token.norm);
}

/** Everyday English ("who"), chat or the dataset's own words: what a lower-case code is not. */
const COMMON: ReadonlySet<string> = new Set(COMMON_WORDS);
function typedWord(index: KnowledgeIndex, token: Token): boolean {
  return STOPWORDS.has(token.canon) || COMMON.has(token.norm) || index.knownWords.has(token.norm);
}

/**
 * A list without repeats, in first-seen order, as `[...new Set(list)]` gives it; a list of one
 * word or none (nearly every list of a parse) is copied without building a Set.
 */
function distinct<T>(list: readonly T[]): T[] {
  return list.length < 2 ? [...list] : [...new Set(list)];
}

/** Finds work packages, partners, countries, kinds, cue words and topics in a question. */
export function parseQuestion(index: KnowledgeIndex, input: string): ParsedQuestion {
  const { question, truncated } = readQuestion(input);
  const knows = (token: Token): boolean => knowsWord(index, token);
  const wp = scanWorkPackages(tokenizeAsides(stripChatMarkup(question), knows));
  const tokens: ClauseToken[] = wp.tokens;
  expandContractions(tokens);
  // Words about the asker are neither filters nor unexplained (see asides.ts).
  const covered = tokens.map((t) => isWorkPackageToken(t) || t.aside === true);
  coverChoiceWords(index, tokens, covered);
  // Things the question names (one per span: "United States" is one) plus the words nothing
  // explains make up its content; cue words do not count.
  let named = covered.filter(Boolean).length;
  // "connected to ELIXIR": a tie to what follows, neither a topic nor a word left unexplained.
  coverRelationParticiples(tokens, covered, knows);
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
  const cues = new Set<CueKind>();
  if (wp.plural) cues.add('work-packages');
  const reading = readSpans(
    {
      index,
      tokens,
      canon: tokens.map((t) => t.canon),
      covered,
      corrected,
      shouted,
      verbAt: questionVerbAt(tokens),
      doerAt: tokens.findIndex((t) => DOER_WORDS.has(t.norm)),
      not: createNotScope(tokens),
    },
    cues,
    named,
  );
  const { partners, partnerSpans, countries, places, kinds, kindWords, relations } = reading;
  const { excluded, notEnds, topicStarts, topics, cueStarts, readEveryday } = reading;
  const { relationSpans, leadersExcluded } = reading;
  named = reading.named;
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
    !asksOnItsOwn(cues) &&
    !wp.plural &&
    wp.ids.length === 0;
  // "I'm new in WP3 - who else is in my work package?": the aside's WP is what it points at.
  const pointedWp = asideWorkPackage(tokens, wp.asideIds, namesNothing);
  if (pointedWp !== undefined && wp.ids.length === 0) wp.ids.push(pointedWp);
  else if (namesNothing) named += topicsAside(index, tokens, covered, topics);
  // Country codes count in capitals ("UK", "USA", "NL"), and in lower case only where no
  // word is meant ("in the uk"), so "us" and "it" stay words.
  const isTyped = (token: Token): boolean => typedWord(index, token);
  tokens.forEach((token, i) => {
    const name = readsAsCountryCode(tokens, i, shouted, index.countryCodes)
      ? index.countryCodes.get(token.raw)
      : readsAsLowerCaseCode(tokens, i, index.lowerCaseCodes, isTyped)
        ? index.countryCodes.get(token.raw.toUpperCase())
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
  // "PhD student at UB here, which other partners are in Barcelona?": UB is who "other" is
  // other than.
  excluded.partners.push(...askerOwnPartners(index, tokens));
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
  const complete = anchored || cues.has('lead') || ASKS_ON_ITS_OWN.some((cue) => cues.has(cue));
  const words = unexplainedWords(
    { index, tokens, covered, english, topics, topicStarts, corrections },
    anchored,
    complete,
  );
  named -= words.unnamed;
  const { unexplained } = words;
  // Plain words too: "paid" and "due" need no explaining beside a partner, yet ask for money
  // and dates.
  const unheld = unheldSubjects(tokens, (i) => !covered[i]);
  return {
    question,
    truncated,
    workPackages,
    aboutWorkPackages:
      wp.plural || (pointedWp === undefined && tokens.some((t) => t.canon === '#wp')),
    partners: [...partners].map(([id, strength]) => ({ id, strength })),
    countries: where.countries,
    places: where.places,
    kinds: distinct(kinds),
    relations: distinct(relations),
    parents,
    excluded: {
      countries: distinct(excluded.countries),
      places: distinct(excluded.places),
      kinds: distinct(excluded.kinds),
      partners: distinct(excluded.partners),
      workPackages: excluded.workPackages,
      topics: excluded.topics,
    },
    everyWorkPackage: cues.has('both') && workPackages.length > 1,
    anyTopic: topicsAreAlternatives(index, tokens, covered, topics, topicStarts, cues.has('both')),
    kindWords,
    cues,
    topics,
    unexplained,
    contentWords: named + unexplained.length,
    unheld,
    corrections,
    showAll: false,
    asideReferent: pointedWp !== undefined,
  };
}
