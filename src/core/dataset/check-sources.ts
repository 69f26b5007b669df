import { distance } from 'fastest-levenshtein';
import type { Dataset } from '../schema/dataset.js';
import {
  readSourceDocument,
  type SourceDocument,
  splitDocumentSentences,
  squashSpaces,
} from '../text/document-sentences.js';
import { hasInvisible, showInvisible } from '../text/invisible.js';
import {
  describeCharacter,
  type FoldedText,
  firstDifference,
  foldTypography,
} from '../text/typography.js';
import { type PartialDataset, wholeDataset } from './partial-dataset.js';
import { type DatasetProblem, formatPath } from './problem.js';

/** A quote that differs from the document only in typography, and the document's own text. */
export interface TypographyFix {
  /** Where the quote is, key by key: `["partners", 13, "roles", 0, "source"]`. */
  keys: readonly (string | number)[];
  path: string;
  from: string;
  to: string;
  /** The change, for a person: `"'" (U+0027 APOSTROPHE) → "’" (U+2019 …) at character 26`. */
  said: string;
}

/** What the quotes of a dataset have against its document, and the typographic fixes offered. */
export interface SourceCheck {
  problems: DatasetProblem[];
  fixes: TypographyFix[];
}

type Keys = readonly (string | number)[];

/** Every quoted sentence of a dataset, with where it is. */
function quotesOf(data: PartialDataset): { keys: Keys; text: string }[] {
  const quotes: { keys: Keys; text: string }[] = [];
  data.partners.forEach((partner, i) => {
    if (partner?.city)
      quotes.push({ keys: ['partners', i, 'city', 'source'], text: partner.city.source });
    partner?.roles.forEach((role, j) => {
      if (role) quotes.push({ keys: ['partners', i, 'roles', j, 'source'], text: role.source });
    });
  });
  const groupings = [
    ...data.workPackages.map((g, i) => ({ g, key: 'workPackages', i })),
    ...data.groups.map((g, i) => ({ g, key: 'groups', i })),
  ];
  for (const { g, key, i } of groupings) {
    if (g?.leaderSource) quotes.push({ keys: [key, i, 'leaderSource'], text: g.leaderSource });
    g?.sources.forEach((text, j) => {
      quotes.push({ keys: [key, i, 'sources', j], text });
    });
  }
  data.groups.forEach((group, i) => {
    group?.members.forEach((member, j) => {
      quotes.push({ keys: ['groups', i, 'members', j, 'source'], text: member.source });
    });
  });
  data.partners.forEach((partner, i) => {
    partner?.contacts?.forEach((contact, j) => {
      quotes.push({ keys: ['partners', i, 'contacts', j, 'source'], text: contact.source });
    });
  });
  for (const { g, key, i } of groupings)
    g?.contacts?.forEach((contact, j) => {
      quotes.push({ keys: [key, i, 'contacts', j, 'source'], text: contact.source });
    });
  return quotes;
}

const quoted = (text: string): string => `"${showInvisible(text)}"`;

/** A quote found verbatim: it must be one whole sentence or heading line, no less, no more. */
function wholeSentenceProblem(quote: string, document: SourceDocument): string | undefined {
  if (document.unitIndex.has(quote)) return undefined;
  const pieces = splitDocumentSentences(quote);
  if (pieces.length > 1 && pieces.every((piece) => document.unitIndex.has(piece)))
    return `joins ${pieces.length} sentences of the source document; quote each in its own entry: ${pieces.map(quoted).join(' and ')}`;
  // The shortest: a heading line rather than the list of headings it is part of.
  const whole = document.units
    .filter((unit) => unit.text.includes(quote))
    .sort((a, b) => a.text.length - b.text.length)[0];
  if (whole !== undefined)
    return `is only part of a sentence of the source document; quote the whole sentence: ${quoted(whole.text)}`;
  return 'is not a whole sentence of the source document: it runs from one sentence into the next';
}

/** The document's text that a quote matches once typography is folded on both sides, if any. */
function typographicMatch(quote: string, document: SourceDocument, folded: FoldedText) {
  const needle = foldTypography(quote).folded;
  const at = needle === '' ? -1 : folded.folded.indexOf(needle);
  if (at < 0) return undefined;
  const start = folded.origin[at] ?? 0;
  const last = folded.origin[at + needle.length - 1] ?? start;
  const end = last + String.fromCodePoint(document.flat.codePointAt(last) ?? 0).length;
  return squashSpaces(document.flat.slice(start, end));
}

function differenceSaid(quote: string, other: string, where: 'document' | 'sentence'): string {
  const difference = firstDifference(quote, other);
  if (difference === undefined) return '';
  const position = `character ${difference.at + 1}`;
  const mine = difference.left === undefined ? undefined : describeCharacter(difference.left);
  const theirs = difference.right === undefined ? undefined : describeCharacter(difference.right);
  if (where === 'document')
    return `${position} is ${mine ?? 'the end of the quote'} where the document has ${theirs ?? 'nothing more'}`;
  return `${position}: ${mine ?? 'the end of the quote'} in the dataset, ${theirs ?? 'the end of the sentence'} in the document`;
}

function changeSaid(quote: string, original: string): string {
  const difference = firstDifference(quote, original);
  if (difference === undefined) return 'spacing only';
  const side = (c: string | undefined) => (c === undefined ? 'nothing' : describeCharacter(c));
  const change = `${side(difference.left)} → ${side(difference.right)} at character ${difference.at + 1}`;
  const count = distance(quote, original);
  return count > 1 ? `${change}, ${count} changes in all` : change;
}

/** The document's sentence nearest a quote, by edit distance. */
function closestSentence(quote: string, document: SourceDocument): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const unit of document.units) {
    // The distance is at least the difference in length: most sentences need no comparing.
    if (Math.abs(unit.text.length - quote.length) >= bestDistance) continue;
    const d = distance(quote, unit.text);
    if (d < bestDistance) [best, bestDistance] = [unit.text, d];
  }
  return best;
}

/**
 * Every quoted sentence (role, city, leader and work-package sources) must be one whole sentence
 * or heading line of the source document, verbatim but for spacing: that is what makes answers
 * checkable. A quote that is not found is shown beside the document's closest sentence, and one
 * that differs only in quotes, dashes or spacing gets a fix to the document's characters.
 */
export function checkSources(data: PartialDataset, document: SourceDocument): SourceCheck {
  const folded = foldTypography(document.flat);
  const problems: DatasetProblem[] = [];
  const fixes: TypographyFix[] = [];
  for (const { keys, text } of quotesOf(data)) {
    const path = formatPath(keys);
    const quote = squashSpaces(text);
    if (document.flat.includes(quote)) {
      const message = wholeSentenceProblem(quote, document);
      if (message !== undefined) problems.push({ path, message });
      continue;
    }
    const original = typographicMatch(quote, document, folded);
    if (original !== undefined) {
      fixes.push({ keys, path, from: text, to: original, said: changeSaid(quote, original) });
      problems.push({
        path,
        message: `differs from the source document only in typography: ${differenceSaid(quote, original, 'document')}; --fix-typography rewrites it to the document's characters`,
      });
      continue;
    }
    const nearest = closestSentence(quote, document);
    const hidden = hasInvisible(text)
      ? ` (it is ${quoted(text)}, with an invisible character)`
      : '';
    problems.push({
      path,
      message:
        nearest === undefined
          ? `is not found verbatim in the source document${hidden}`
          : `is not found verbatim in the source document${hidden}; the closest sentence is ${quoted(nearest)}, which differs at ${differenceSaid(quote, nearest, 'sentence')}`,
    });
  }
  return { problems, fixes };
}

/** The problems of a whole dataset's quotes against a document's text. */
export function findUnsourcedSentences(dataset: Dataset, documentText: string): DatasetProblem[] {
  return checkSources(wholeDataset(dataset), readSourceDocument(documentText)).problems;
}
