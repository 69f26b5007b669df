/**
 * Words that tie a question to the one before it in a conversation. Lower case, as typed
 * (folded): they are short function words, which stemming would only blur. Written from the
 * follow-ups people type in chat (issue #11: "and who else is in it?", "what about WP3?", "which
 * of them are in Spain?", "what does the second one do?", "show me all").
 */

/** Point back at one thing the conversation named: "who leads it?", "what does that one do?". */
export const SINGULAR_POINTERS: readonly string[] = ['it', 'its', 'itself'];

/** Point back at what the last answer listed: "what do they do?", "those partners". */
export const PLURAL_POINTERS: readonly string[] = [
  'they',
  'them',
  'their',
  'theirs',
  'themselves',
  'those',
  'these',
];

/** Point back at one thing when followed by "one" or a partner noun, or at the end: "that one". */
export const DEMONSTRATIVES: readonly string[] = ['that', 'this'];

/** Narrow the last list down: "which of them are in Spain?", "Spanish ones?". */
export const RESTRICTORS: readonly string[] = [
  'ones',
  'of them',
  'of those',
  'of these',
  'among them',
  'among those',
  'among these',
  'which ones',
  'which one',
  'any of them',
  'any of those',
];

/**
 * "which" with no noun after it needs a list to choose from: "which are in Sweden?", "which
 * is a company?". Read as "which of them" when the question names no subject of its own.
 */
export const ELLIPTIC_WHICH: readonly string[] = [
  'which is',
  'which are',
  'which was',
  'which were',
  'which do',
  'which does',
  'which has',
  'which have',
  'which can',
  'which lead',
  'which leads',
  'which work',
  'which works',
];

/**
 * Open a question that continues the last one: "and in Italy?", "what about WP3?". Longest
 * first is not needed: the scanner tries every phrase and keeps the longest that matches.
 */
export const CONNECTIVES: readonly string[] = [
  'and',
  'and what about',
  'and how about',
  'what about',
  'how about',
  'what of',
  'also',
  'and also',
  'same for',
  'same question for',
  'same for the',
  'now',
  'ok and',
  'okay and',
  'but',
  'then',
  'plus',
];

/** Others than those the last answer showed: "who else is in it?", "the rest". */
export const OTHERS_WORDS: readonly string[] = ['else', 'other', 'others', 'rest', 'remaining'];

/** The whole of the last list, not only its first few: "more", "show me all", "all of them". */
export const ALL_WORDS: readonly string[] = [
  'more',
  'all',
  'everything',
  'everyone',
  'everybody',
  'full',
  'whole',
  'complete',
  'entire',
];

/** The last item of the list shown: "the last one". */
export const LAST_WORDS: readonly string[] = ['last', 'final'];

/** "the second one", "the 3rd", "the last partner": words that may follow an ordinal. */
export const PICKED_NOUNS: readonly string[] = ['one', 'ones', 'partner', 'organisation', 'org'];

/** Point back at the country of the partner named before: "who else is in that country?". */
export const COUNTRY_POINTERS: readonly string[] = [
  'that country',
  'this country',
  'same country',
  'the same country',
];
