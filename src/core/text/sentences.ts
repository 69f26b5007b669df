/**
 * The sentences of a chat message: split after "?", "!" and ";", after a full stop followed by a
 * space, and at line breaks. "who leads WP5? cc Alice Martin" is two: a question, and a note to
 * someone else.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[?!;])\s*|(?<=\.)\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}
