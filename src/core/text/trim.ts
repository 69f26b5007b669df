const SPACE = /\s/;

/**
 * A text without the given characters (and white space) at its start or end. A loop, not a
 * pattern: `/[\s,;]+$/` rescans every run of spaces that ends in no match, in quadratic time.
 */
export function trimChars(
  text: string,
  chars: string,
  ends: 'start' | 'end' | 'both' = 'both',
): string {
  const drop = (ch: string) => SPACE.test(ch) || chars.includes(ch);
  let start = 0;
  let end = text.length;
  if (ends !== 'end') while (start < end && drop(text.charAt(start))) start++;
  if (ends !== 'start') while (end > start && drop(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}
