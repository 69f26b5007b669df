import type { Contact } from '../schema/contact.js';
import { foldCase } from '../text/normalise.js';
import type { PartialDataset } from './partial-dataset.js';
import type { DatasetProblem } from './problem.js';

/** Every contact of a dataset, with where it is. */
export function contactsOf(data: PartialDataset): { path: string; contact: Contact }[] {
  const found: { path: string; contact: Contact }[] = [];
  const add = (base: string, contacts: readonly Contact[] | undefined) =>
    contacts?.forEach((contact, i) => {
      found.push({ path: `${base}.contacts[${i}]`, contact });
    });
  data.partners.forEach((p, i) => {
    add(`partners[${i}]`, p?.contacts);
  });
  data.workPackages.forEach((wp, i) => {
    add(`workPackages[${i}]`, wp?.contacts);
  });
  data.groups.forEach((g, i) => {
    add(`groups[${i}]`, g?.contacts);
  });
  return found;
}

/** Folded and without spaces, so "Maria  Rossi" and "maria rossi" compare equal. */
function squeezed(text: string): string {
  return foldCase(text).replace(/\s+/g, ' ').trim();
}

/** Characters that continue a word, an email or a handle: a value next to one is not whole. */
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Whether `value` is in `text` whole: no letter, digit or ". _ @ -" right before it, and no
 * letter, digit, "_ @ -" or a dot that goes on ("x.org") right after it. A scan, not a pattern
 * built from the value: every pattern is a literal that test/reliability/redos.test.ts checks.
 */
function containsWhole(text: string, value: string): boolean {
  if (value === '') return false;
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + value.length);
    const next = text.charAt(at + value.length + 1);
    const openBefore = before === '' || !(WORD_CHAR.test(before) || '.-'.includes(before));
    const openAfter =
      after === '' ||
      !(WORD_CHAR.test(after) || '@-'.includes(after) || (after === '.' && WORD_CHAR.test(next)));
    if (openBefore && openAfter) return true;
  }
  return false;
}

/**
 * A contact is never invented: its name, email and handles are each written in its source
 * sentence (case and accents aside; a handle's leading "@" may be left out there).
 */
export function contactProblems(data: PartialDataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const { path, contact } of contactsOf(data)) {
    const source = squeezed(contact.source);
    const fields = [
      ['name', contact.name],
      ['email', contact.email],
      ['slack', contact.slack?.replace(/^@/, '')],
      ['teams', contact.teams?.replace(/^@/, '')],
    ] as const;
    for (const [field, value] of fields)
      if (value !== undefined && !containsWhole(source, squeezed(value)))
        problems.push({
          path: `${path}.${field}`,
          message: `"${value}" is not in its source; a contact must be written in the sentence it comes from`,
        });
  }
  return problems;
}
