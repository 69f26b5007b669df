/** A word that is part of a link or a query string: "x.org/a?b=c", "www.x.org?ref". */
const LINK_LIKE = /[/=&]|www\./i;

/**
 * The sentences of a chat message: split where "?", "!", ";" or "." is followed by a space (after
 * any closing quote, bracket or emphasis: `*who leads WP5?* cc …`), and at line breaks. "who
 * leads WP5? cc Alice Martin" is two: a question, and a note to someone else. A "?" or "!"
 * typed without the space after it ("who leads WP5?cc Alice") still ends a sentence, except
 * inside a link ("x.org/a?b=c"), which splits nothing.
 */
export function splitSentences(text: string): string[] {
  return (
    text
      // At most four closing marks: an unbounded look-behind rescans them all at each space.
      .split(/(?<=[?!;.][*_~"”’)\]]{0,4})\s+|\n+/)
      .flatMap(splitGlued)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence !== '')
  );
}

/** Splits a sentence after a "?" or "!" glued to the next word, outside links. */
function splitGlued(sentence: string): string[] {
  if (!/[?!]\p{L}/u.test(sentence)) return [sentence];
  const sentences: string[] = [];
  let current = '';
  for (const part of sentence.split(/(\s+)/)) {
    const pieces = LINK_LIKE.test(part) ? [part] : part.split(/(?<=[?!])(?=\p{L})/u);
    current += pieces[0] ?? '';
    for (const piece of pieces.slice(1)) {
      sentences.push(current);
      current = piece;
    }
  }
  sentences.push(current);
  return sentences;
}
