import { leadingLabel, listItemText } from './document-lines.js';

/** Text with each run of whitespace made one space, so a hard-wrapped line compares as one. */
export function squashSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Words that end in a full stop without ending a sentence: "Prof. Smith", "Fig. 2". Initials
 * ("J. Smith") and dotted abbreviations ("e.g.", "e.V.") are recognised by their shape instead.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'al',
  'approx',
  'ca',
  'cf',
  'dr',
  'fig',
  'mr',
  'mrs',
  'ms',
  'no',
  'prof',
  'st',
  'vs',
]);

const END_MARKS: ReadonlySet<string> = new Set(['.', '?', '!']);
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', "'", '”', '’', '»', ')', ']']);
const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', '‘', '«']);
const SENTENCE_START = /^[\p{Lu}\p{N}]$/u;
const WORD_CHARACTER = /^[\p{L}\p{N}.]$/u;
/** Longer than any abbreviation: the walk back over a word stops there. */
const LONGEST_ABBREVIATION = 12;

/** Whether the full stop at `mark` closes an abbreviation ("e.g.", "Prof.") rather than a sentence. */
function isAbbreviation(text: string, mark: number): boolean {
  if (text[mark] !== '.') return false;
  let from = mark;
  while (
    from > 0 &&
    mark - from <= LONGEST_ABBREVIATION &&
    WORD_CHARACTER.test(text[from - 1] ?? '')
  )
    from -= 1;
  const word = text.slice(from, mark);
  if (word === '' || mark - from > LONGEST_ABBREVIATION) return false;
  if (word.includes('.')) return /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word);
  return /^\p{L}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * The sentences of a paragraph of prose, its spacing squashed. A sentence ends at ".", "?" or
 * "!", after any closing quotes or brackets, where the next one starts after a space with a
 * capital, a digit or an opening quote. Read character by character, in one pass: a pattern
 * for it backtracks over a run of "!!!!" at every position of the run.
 */
export function splitDocumentSentences(paragraph: string): string[] {
  const text = squashSpaces(paragraph);
  const sentences: string[] = [];
  let start = 0;
  let at = 0;
  while (at < text.length) {
    if (!END_MARKS.has(text[at] ?? '')) {
      at += 1;
      continue;
    }
    const mark = at;
    while (END_MARKS.has(text[at] ?? '')) at += 1;
    while (CLOSING_MARKS.has(text[at] ?? '')) at += 1;
    if (text[at] !== ' ') continue;
    const next = OPENING_QUOTES.has(text[at + 1] ?? '') ? at + 2 : at + 1;
    const first = String.fromCodePoint(text.codePointAt(next) ?? 0);
    if (!SENTENCE_START.test(first) || isAbbreviation(text, mark)) continue;
    sentences.push(text.slice(start, at).trim());
    start = at;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/** A sentence, or a heading line, of a document. */
export interface DocumentUnit {
  /** Spacing squashed. */
  text: string;
  /** Index of its paragraph in {@link SourceDocument.paragraphs}. */
  paragraph: number;
}

/** A source document read into what a dataset may quote from it. */
export interface SourceDocument {
  /** The whole text, spacing squashed. */
  flat: string;
  /** Paragraphs (blocks between blank lines), spacing squashed. */
  paragraphs: readonly string[];
  /** Its sentences and heading lines, in order. */
  units: readonly DocumentUnit[];
  /** Each unit's text → its first index in `units`. */
  unitIndex: ReadonlyMap<string, number>;
}

/**
 * Reads a document into paragraphs, sentences and heading lines. A paragraph's lines count on
 * their own only where none of them ends a sentence, as in a list of names and countries: in
 * hard-wrapped prose a line is no unit, and in a one-line paragraph of several sentences the
 * line is several units.
 */
export function readSourceDocument(text: string): SourceDocument {
  const blocks = text.split(/\n[^\S\n]*\n/).filter((block) => block.trim() !== '');
  const paragraphs: string[] = [];
  const units: DocumentUnit[] = [];
  for (const block of blocks) {
    const paragraph = paragraphs.length;
    paragraphs.push(squashSpaces(block));
    for (const sentence of splitDocumentSentences(block)) units.push({ text: sentence, paragraph });
    const lines = block
      .split('\n')
      .map(squashSpaces)
      .filter((line) => line !== '');
    if (lines.length > 1 && !lines.some((line) => /[.?!]["'”’»)\]]*$/.test(line)))
      for (const line of lines) units.push({ text: line, paragraph });
    // A list item's sentences, and those after a label ("**Role in the project:** UB leads …"),
    // are sentences of their own: the bullet and the label belong to none of them.
    for (const line of lines) {
      const labelled = leadingLabel(line);
      const body =
        listItemText(line) ??
        (labelled && (labelled.emphasised || lines.length === 1) ? labelled.rest : null);
      if (body)
        for (const sentence of splitDocumentSentences(body))
          units.push({ text: sentence, paragraph });
    }
  }
  const unitIndex = new Map<string, number>();
  units.forEach((unit, i) => {
    if (!unitIndex.has(unit.text)) unitIndex.set(unit.text, i);
  });
  return { flat: squashSpaces(text), paragraphs, units, unitIndex };
}
