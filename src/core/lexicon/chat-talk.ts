/**
 * How people talk around a question in chat, as data: the words that open a clause without
 * saying anything ("ok so", "hey"), the words by which askers speak of themselves, the words
 * that start a question, and set phrases of politeness. Read by understand/asides.ts. None of
 * these are about any consortium; they come from everyday English chat usage, and the
 * abbreviations from the ones the understanding issue (#11) lists: u, pls, thx, btw.
 */

/** Discourse fillers skipped at the start of a clause: "ok so I'm new, who…". */
export const CLAUSE_FILLERS: ReadonlySet<string> = new Set([
  'ok',
  'okay',
  'so',
  'well',
  'um',
  'uh',
  'hmm',
  'hey',
  'hi',
  'hello',
  'hiya',
  'heya',
  'yo',
  'sup',
  'lol',
  'haha',
  'also',
  'btw',
  'and',
  'but',
  'anyway',
  'oh',
  'ah',
  'right',
  'sorry',
  'just',
]);

/** Words by which askers speak of themselves: a clause they start is about the asker. */
export const FIRST_PERSON: ReadonlySet<string> = new Set([
  'i',
  'im',
  'ive',
  'id',
  'me',
  'my',
  'myself',
  'we',
  'weve',
  'our',
  'ours',
  'ourselves',
]);

/**
 * Openings by which askers say who they are speaking as, without "I": "as a company partner",
 * "as someone from the US side", "as the Belgian partner", "speaking as a German partner",
 * "coming from one of the Swedish partners" (issue #11, asker-words families of both rounds).
 * A clause that starts with one is about the asker.
 */
export const ASKER_OPENINGS: readonly (readonly string[])[] = [
  ['as', 'a'],
  ['as', 'an'],
  ['as', 'one'],
  ['as', 'the'],
  ['as', 'someone'],
  ['as', 'somebody'],
  ['speaking', 'as'],
  ['writing', 'as'],
  ['coming', 'from'],
  ['writing', 'from'],
  // Where the asker is, said with a participle: "being at a university, who …?", "working at
  // one of the hospitals, …", "based at Erasmus MC, …". Only as a clause's opening: "partners
  // based in Spain" is a filter.
  ['being', 'at'],
  ['being', 'in'],
  ['being', 'from'],
  ['being', 'a'],
  ['being', 'an'],
  ['being', 'one'],
  ['being', 'part'],
  ['working', 'at'],
  ['working', 'for'],
  ['based', 'at'],
  // Arrival, said without "I": "joined last week from BSC, …", "new to the consortium, …",
  // "just started in WP3 - …". No question opens with these words.
  ['joined'],
  ['just', 'joined'],
  ['recently', 'joined'],
  ['started'],
  ['just', 'started'],
  ['new', 'to'],
  ['new', 'in'],
  ['new', 'at'],
];

/**
 * Words that open a clause giving the asker's reason after the question: "who leads WP1?
 * because my boss asked", "cause we need it" (issue #11, chat-noise family of round 2).
 */
export const REASON_OPENINGS: ReadonlySet<string> = new Set([
  'because',
  'cause',
  'cuz',
  'coz',
  'bc',
]);

/**
 * Openings of an apology for the asker's own doing: "sorry for the spam today but who …",
 * "apologies for the late reply, …", "sorry if this was asked before but …" (issue #11,
 * chat-noise family of fresh set 7). What is apologised for is the asker's, up to the "but" or
 * the wh-word that turns to the question.
 */
export const APOLOGY_OPENINGS: readonly (readonly string[])[] = [
  ['sorry', 'for'],
  ['sorry', 'about'],
  ['sorry', 'if'],
  ['apologies', 'for'],
  ['apologies', 'if'],
  ['apologies', 'about'],
  ['pardon', 'the'],
  ['excuse', 'the'],
];

/** The word by which a clause turns from a remark to the question: "sorry for … but who …". */
export const TURN_WORD = 'but';

/**
 * Words that open a remark about the asker's memory or habit with the "I" left out, as chat
 * leaves it: "always mix up the Barcelona ones", "never remember which", "keep forgetting", "can
 * never tell them apart" (issue #11, either-or family of fresh set 7). A clause that opens with
 * one and asks nothing is the asker's, so its place or topic is no filter.
 */
export const ELIDED_ASKER_OPENINGS: ReadonlySet<string> = new Set([
  'always',
  'never',
  'keep',
  'forgot',
  'forget',
  'confused',
  'mixed',
  'mix',
  'mixing',
]);

/**
 * Openings by which askers correct what they just said: "I'm with the Swedish startup — no
 * wait, the Belgian one" (issue #11, asker-words family of fresh set 7). After a clause about
 * the asker, the correction and what it says instead are about the asker too; after the
 * question, it replaces a part of it: "which partners are in Spain? wait, I mean Italy" (see
 * understand/corrections.ts).
 */
export const CORRECTION_OPENINGS: readonly (readonly string[])[] = [
  ['no', 'wait'],
  ['wait'],
  ['i', 'mean'],
  ['i', 'meant'],
  ['sorry', 'i', 'mean'],
  ['sorry', 'i', 'meant'],
  ['or', 'rather'],
  ['well', 'actually'],
  ['actually'],
  ['scratch', 'that'],
  ['correction'],
];

/** Words that make a clause a question: the wh-words anywhere, the others at its start. */
export const WH_WORDS: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'what',
  'whats',
  'where',
  'how',
]);
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'any',
  'anyone',
  'anybody',
  'is',
  'are',
  'does',
  'do',
  'can',
  'could',
  'would',
  'list',
  'show',
  'tell',
  'name',
  'give',
]);

/**
 * Sign-offs and thanks that open a clause: the clause, and a name after it ("Best regards,
 * Anna"), says nothing about the question.
 */
export const SIGN_OFFS: readonly (readonly string[])[] = [
  ['best', 'regards'],
  ['kind', 'regards'],
  ['warm', 'regards'],
  ['regards'],
  ['best'],
  ['cheers'],
  ['thanks'],
  ['thank', 'you'],
  ['thx'],
  ['ty'],
  ['many', 'thanks'],
  ['br'],
];

/**
 * Greetings that open a clause: a clause that starts with one and asks nothing is the asker's
 * ("good morning from a rainy office, which partners work in WP1?"), whatever else it says.
 */
export const GREETINGS: readonly (readonly string[])[] = [
  ['good', 'morning'],
  ['good', 'afternoon'],
  ['good', 'evening'],
  ['good', 'day'],
  ['morning'],
  ['afternoon'],
  ['evening'],
  ['greetings'],
  ['hello'],
  ['hi'],
  ['hey'],
  ['hiya'],
  ['howdy'],
];

/**
 * Words that open a clause about the asker's errand, the reason for asking: "which partners are
 * in Sweden? writing an email intro", "need it for the minutes", "putting together a map",
 * "asking for a friend" (issue #11, chat-noise families of rounds 3 and 4). Verbs of the asker's
 * own paperwork and the "need" of a reason; a clause that opens with one and asks nothing is set
 * aside, so its nouns ("email", "map", "slide") are neither a request nor a topic. Verbs that
 * also say what partners do ("working", "developing") are not here: "partners in Spain, working
 * on radiomics" filters.
 */
export const ERRAND_OPENINGS: ReadonlySet<string> = new Set([
  'need',
  'needed',
  'needs',
  'writing',
  'drafting',
  'preparing',
  'putting',
  'making',
  'compiling',
  'filling',
  'updating',
  'sending',
  'planning',
  'organising',
  'organizing',
  'booking',
  'asking',
  'prepping',
]);

/** "New PM here", "second day here": a clause with this word and no question is about the asker. */
export const HERE = 'here';

/**
 * "from the Italian side", "(company side)", "on the hospital side": a clause that asks nothing
 * and ends with this word says which side the asker is on (issue #11, words about the asker).
 */
export const SIDE = 'side';

/**
 * Set phrases of politeness and chat, read as folded words: they say nothing about the
 * consortium, and their words ("advance", "idea") must not be taken for topics.
 */
export const CHAT_PHRASES: readonly (readonly string[])[] = [
  ['thanks', 'in', 'advance'],
  ['thank', 'you', 'in', 'advance'],
  ['thx', 'in', 'advance'],
  ['any', 'idea'],
  ['any', 'ideas'],
  ['no', 'idea'],
  ['sorry', 'to', 'bother'],
  ['sorry', 'for', 'bothering'],
  // "bug" as "bother" (Merriam-Webster, "bug", verb, sense 2: "bother, annoy").
  ['sorry', 'to', 'bug'],
  ['sorry', 'for', 'bugging'],
  ['quick', 'question'],
  ['quick', 'q'],
  ['dumb', 'question'],
  ['dumb', 'q'],
  ['silly', 'question'],
  ['real', 'quick'],
  ['if', 'you', 'know'],
  ['if', 'u', 'know'],
  // Hedges and intensifiers that qualify how much, not what: "at least one partner in
  // Lithuania?", "anyone outside Europe altogether?", "any partner in Norway at all?" (issue
  // #11, places and capitals families of rounds 3 and 4).
  ['at', 'least'],
  ['at', 'all'],
  ['altogether'],
  ['by', 'any', 'chance'],
  // Requests addressed to the reader that only ask to be told again: "can someone remind me who
  // leads WP2", "refresh my memory: which partners …", "remind me pls" (issue #11, chat-noise
  // family of fresh set 7). They ask for what the rest of the sentence names.
  ['remind', 'me'],
  ['remind', 'us'],
  ['refresh', 'my', 'memory'],
  ['refresh', 'our', 'memory'],
  ['jog', 'my', 'memory'],
  // The informal suffixes "-y" and "-ish" the tokenizer splits off ("the lawyer-y stuff",
  // "techy-ish"), and "ish" as a hedge: they say the word before is loose, nothing more.
  ['y'],
  ['ish'],
];

/**
 * Tags that close a statement put up for confirmation: "no partners in Norway, right?", "none of
 * them is a company, correct?". English invariant question tags (Cambridge Dictionary, "Question
 * tags": "right?", "yeah?", "isn't it?"; https://dictionary.cambridge.org/grammar/british-grammar/question-tags).
 * Before one, a "no" that opens the message states what is to be confirmed, it does not leave out.
 */
export const CONFIRMATION_TAGS: readonly (readonly string[])[] = [
  ['right'],
  ['correct'],
  ['true'],
  ['yeah'],
  ['yes'],
  ['yh'],
  ['isn', 't', 'it'],
  ['is', 'it'],
  ['is', 'that', 'right'],
  ['is', 'that', 'correct'],
  ['am', 'i', 'right'],
  ['i', 'think'],
  ['i', 'guess'],
  ['i', 'assume'],
];
