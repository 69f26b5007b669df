/**
 * Abbreviations whose full stop ends no sentence: "e.g. EuCanImage", "e.V. (TMF)", "Dr. Smith".
 * Folded to lower case, without their last full stop.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `e.g i.e etc e.v cf vs al approx incl dr prof mr mrs ms st no nr fig figs dept univ inc ltd co
  corp jr sr ca resp esp viz vol pp`.split(/\s+/),
);

/** A sentence end: ".", "!" or "?" and any closing quotes or brackets, then space, then a capital. */
const BOUNDARY = /[.!?]["”’'`)\]]*\s+(?=["“‘'`([]*[\p{Lu}\d])/gu;

function endsWithAbbreviation(before: string): boolean {
  let at = before.length;
  while (at > 0 && !/\s/.test(before.charAt(at - 1))) at--;
  const word = before.slice(at);
  const bare = word.replace(/^[("“‘'[]+/, '').replace(/\.$/, '');
  // A single capital is an initial: "J. Smith".
  return ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare);
}

/**
 * The sentences of a paragraph of a document, each exactly as written (so it can be quoted and
 * found again). Unlike a chat message's sentences (text/sentences.ts), a document's are not cut at
 * ";" or at line breaks, which wrap prose, and abbreviations do not end them.
 */
export function splitDocumentSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const stop = match.index + match[0].trimEnd().length;
    if (match[0].startsWith('.') && endsWithAbbreviation(paragraph.slice(start, match.index + 1)))
      continue;
    sentences.push(paragraph.slice(start, stop).trim());
    start = match.index + match[0].length;
  }
  sentences.push(paragraph.slice(start).trim());
  return sentences.filter((sentence) => sentence !== '');
}
