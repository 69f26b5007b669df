import {
  APOLOGY_OPENINGS,
  ASKER_OPENINGS,
  CHAT_PHRASES,
  CLAUSE_FILLERS,
  CORRECTION_OPENINGS,
  ELIDED_ASKER_OPENINGS,
  ERRAND_OPENINGS,
  FIRST_PERSON,
  GREETINGS,
  HERE,
  QUESTION_OPENERS,
  REASON_OPENINGS,
  SIDE,
  SIGN_OFFS,
  TURN_WORD,
  WH_WORDS,
} from '../lexicon/chat-talk.js';
import { phraseAt, splitWords, type Token, wordForms } from '../text/normalise.js';
import { unstretchedForms } from '../text/stretched-words.js';

/**
 * Where a chat message breaks into clauses: punctuation, brackets, a dash between spaces, a
 * line break or an emoji. One character class and one alternation: linear on any input.
 */
const CLAUSE_BREAK = /[,;:!?.()[\]{}…—–\n]|\s-+\s|\p{Extended_Pictographic}/gu;

/**
 * A word of the question, marked `aside` when it belongs to a clause about the asker, not the
 * question, and `quiet` when its clause asks nothing while another clause asks. Both are set
 * on every token, so that all of a question's tokens have one shape: tokens that gained them
 * only where true came in four shapes, and each new one undid V8's optimised code for every
 * function that reads tokens (--trace-deopt: "wrong map", the bench's p99, issue #11).
 */
export type ClauseToken = Token & { aside: boolean; quiet: boolean };

/** A question's words as clause tokens, none of them set aside yet. */
function clauseTokens(text: string): ClauseToken[] {
  return splitWords(text).map((raw) => {
    const [norm, canon] = wordForms(raw);
    return { raw, norm, canon, aside: false, quiet: false };
  });
}

interface Clause {
  tokens: ClauseToken[];
  /** Typed with a "?" after it. */
  asked: boolean;
  /** In brackets: "im new in the comms team (started monday)". */
  bracketed: boolean;
}

/** Reads a token typed stretched ("heyy", "sooo") as the chat word it stands for, in place. */
function readStretched(token: Token): void {
  const forms = unstretchedForms(token.norm);
  if (forms === undefined) return;
  token.norm = forms[0];
  token.canon = forms[1];
}

function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  // One global pattern, read from the start each time: the core is synchronous.
  CLAUSE_BREAK.lastIndex = 0;
  let start = 0;
  let opened = '';
  while (start <= text.length) {
    const found = CLAUSE_BREAK.exec(text);
    const end = found ? found.index : text.length;
    const tokens = clauseTokens(text.slice(start, end));
    for (const token of tokens) readStretched(token);
    const asked = found?.[0] === '?';
    if (tokens.length > 0) clauses.push({ tokens, asked, bracketed: opened === '(' });
    else if (asked && clauses.length > 0) (clauses.at(-1) as Clause).asked = true;
    opened = found?.[0] ?? '';
    if (!found) break;
    start = end + found[0].length;
  }
  return clauses;
}

function leadOf(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length && CLAUSE_FILLERS.has(tokens[i]?.norm ?? '')) i += 1;
  return i;
}

/** Whether a clause asks something: a wh-word anywhere, an opener at its start, or a "?". */
function asks(clause: Clause): boolean {
  const lead = clause.tokens[leadOf(clause.tokens)]?.norm ?? '';
  return (
    clause.asked || QUESTION_OPENERS.has(lead) || clause.tokens.some((t) => WH_WORDS.has(t.norm))
  );
}

/**
 * How many of a clause's first words speak of the asker: all of a clause that starts with
 * "I", "we", "my", "our" or an opening such as "as a" or "joined" (ASKER_OPENINGS), up to a
 * wh-word that starts the real question ("I need to know | who handles GDPR"); all of a clause
 * with "here", or ending in "side", and no question ("new PM here", "from the Italian side"),
 * and of a sign-off ("Best regards, Anna"; the name is the next clause, so a clause after a
 * sign-off is set aside too when it asks nothing). Zero when the clause is not about the asker.
 */
function askerWords(clause: Clause): number {
  const { tokens } = clause;
  const lead = leadOf(tokens);
  const first = tokens[lead]?.norm ?? '';
  if (opensWith(tokens, 0, APOLOGY_OPENINGS)) return apologyWords(tokens);
  const asA = speaksAs(clause);
  if (FIRST_PERSON.has(first) || asA) {
    const wh = tokens.findIndex((t, i) => i > lead && WH_WORDS.has(t.norm));
    return wh < 0 ? tokens.length : wh;
  }
  if (asks(clause)) return 0;
  // A clause that asks nothing and speaks of the asker anywhere, or gives a reason, is the
  // asker's: "which partners are companies? for my report".
  if (
    REASON_OPENINGS.has(first) ||
    ERRAND_OPENINGS.has(first) ||
    ELIDED_ASKER_OPENINGS.has(first) ||
    tokens.some((t) => FIRST_PERSON.has(t.norm)) ||
    opensWith(tokens, 0, GREETINGS)
  )
    return tokens.length;
  if (tokens.some((t) => t.norm === HERE) || tokens.at(-1)?.norm === SIDE) return tokens.length;
  if (signsOff(clause)) return tokens.length;
  return 0;
}

/** How many words an apology that opens a clause runs: to its "but" or the question's wh-word. */
function apologyWords(tokens: readonly Token[]): number {
  const turn = tokens.findIndex((t) => t.norm === TURN_WORD || WH_WORDS.has(t.norm));
  return turn < 0 ? tokens.length : turn;
}

/** Whether a clause opens by saying whom the asker speaks as: "as a surgeon", "speaking as". */
function speaksAs(clause: Clause): boolean {
  return opensWith(clause.tokens, leadOf(clause.tokens), ASKER_OPENINGS);
}

function corrects(clause: Clause): boolean {
  return opensWith(clause.tokens, 0, CORRECTION_OPENINGS);
}

function signsOff(clause: Clause): boolean {
  return opensWith(clause.tokens, leadOf(clause.tokens), SIGN_OFFS);
}

/** Whether one of the phrases starts at `at`. */
function opensWith(
  tokens: readonly Token[],
  at: number,
  phrases: readonly (readonly string[])[],
): boolean {
  return phrases.some((words) => phraseAt(tokens, at, words));
}

function markChatPhrases(tokens: ClauseToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of CHAT_PHRASES) {
      if (!phraseAt(tokens, i, phrase)) continue;
      for (let k = 0; k < phrase.length; k++) (tokens[i + k] as ClauseToken).aside = true;
    }
  }
}

/**
 * Whether a clause is a remark about the situation: it asks nothing and names nothing the
 * dataset knows ("just back from holidays", "coffee in hand", "long time no see"). What such a
 * remark says is open-ended, so it is told apart by what it lacks, not by a list of its words.
 */
function remarks(clause: Clause, knows: (token: Token) => boolean): boolean {
  return !asks(clause) && !clause.tokens.some(knows);
}

/**
 * The question's words, with those that speak of the asker or the chat marked `aside`: "I'm
 * at one of the universities, who should I ask about radiomics?" asks about radiomics, not
 * about universities. Filters come from what is asked about, not from who is asking. A clause
 * is set aside only when another clause of the message carries the question; a message that
 * is all about the asker ("I work on radiomics") is read whole. With `knows` (whether the
 * dataset knows a word), a clause that asks nothing and names nothing known is set aside too.
 */
export function tokenizeAsides(text: string, knows?: (token: Token) => boolean): ClauseToken[] {
  const clauses = splitClauses(text);
  const spans = clauses.map((clause) =>
    knows !== undefined && remarks(clause, knows) ? clause.tokens.length : askerWords(clause),
  );
  // A bracket after a clause about the asker goes on about the asker: "(started monday)";
  // the clause after a sign-off is a name; a correction of the asker's words, and what it
  // says instead, goes on about the asker: "I'm at the Swedish one — no wait, the Belgian one".
  // A correction of the question ("in Sweden? actually, in Poland") is read as it stands.
  const correcting = new Set<number>();
  clauses.forEach((clause, i) => {
    const before = clauses[i - 1];
    const correction = corrects(clause) || (before !== undefined && correcting.has(i - 1));
    const goesOn = clause.bracketed || correction || (before !== undefined && signsOff(before));
    if (goesOn && before && spans[i - 1] === before.tokens.length && !asks(clause)) {
      spans[i] = clause.tokens.length;
      if (corrects(clause)) correcting.add(i);
    }
  });
  // "as a surgeon who treats breast cancer, who do I ask about …?": the first "who" is a
  // relative pronoun in the asker's description, not the question, when a later clause asks
  // (issue #11, asker-words family of fresh set 5).
  clauses.forEach((clause, i) => {
    const later = clauses.slice(i + 1);
    if (speaksAs(clause) && !clause.asked && later.some(asks)) spans[i] = clause.tokens.length;
  });
  const questionLeft = clauses.some(
    (clause, i) => (spans[i] ?? 0) < clause.tokens.length && asks(clause),
  );
  // The clauses' tokens are tokenize's fresh objects, used nowhere else: marked in place, not
  // copied, as the question's words make most of an answer's garbage.
  const tokens: ClauseToken[] = [];
  clauses.forEach((clause, i) => {
    const aside = questionLeft ? (spans[i] ?? 0) : 0;
    const quiet = questionLeft && !asks(clause);
    clause.tokens.forEach((token, k) => {
      if (k < aside) token.aside = true;
      if (quiet) token.quiet = true;
      tokens.push(token);
    });
  });
  markChatPhrases(tokens);
  return tokens;
}
