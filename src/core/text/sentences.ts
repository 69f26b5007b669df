/**
 * The sentences of a chat message: split where "?", "!", ";" or "." is followed by a space (after
 * any closing quote, bracket or emphasis: `*who leads WP5?* cc …`), and at line breaks. "who
 * leads WP5? cc Alice Martin" is two: a question, and a note to someone else. A "?" inside a
 * link ("x.org/a?b=c") splits nothing.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[?!;.][*_~"”’)\]]*)\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}
