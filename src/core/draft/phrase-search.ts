const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A span of a text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Where a phrase occurs in a text as whole words ("UB" not in "UBC"), by plain string search: a
 * pattern built from a partner's name at run time could not be checked for backtracking.
 */
export function findPhrase(text: string, phrase: string, ignoreCase: boolean): Span[] {
  if (phrase === '') return [];
  const lower = ignoreCase ? text.toLowerCase() : text;
  const wanted = ignoreCase ? phrase.toLowerCase() : phrase;
  // Lower-casing that changes a length ("İ") would shift every offset: search as written then.
  const [hay, needle] =
    lower.length === text.length && wanted.length === phrase.length
      ? [lower, wanted]
      : [text, phrase];
  const spans: Span[] = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (WORD_CHAR.test(text.charAt(at - 1)) || WORD_CHAR.test(text.charAt(end))) continue;
    spans.push({ start: at, end });
  }
  return spans;
}
