import { NAME_PARTICLES } from '../lexicon/organisation-words.js';
import { squashSpaces } from '../text/document-sentences.js';
import { foldCase, splitWords } from '../text/normalise.js';
import { trimChars } from '../text/trim.js';

/** Legal forms as they are written inside a name typed in capitals. */
const FORMS_IN_CAPITALS = new Map([
  ['GMBH', 'GmbH'],
  ['E.V.', 'e.V.'],
  ['LTD', 'Ltd'],
  ['INC', 'Inc'],
  ['SPA', 'SpA'],
  ['SRL', 'Srl'],
]);

function capitalise(word: string): string {
  return word
    .split('-')
    .map((part) => (part === '' ? part : part.charAt(0) + part.slice(1).toLowerCase()))
    .join('-');
}

/**
 * A name typed in capitals, as it is written in prose: "UNIVERSITAT DE BARCELONA" is
 * "Universitat de Barcelona", "SIEMENS HEALTHCARE GMBH" is "Siemens Healthcare GmbH". Acronyms in
 * it ("EIBIR"), short words ("AB", "MC") and names already in mixed case are kept.
 */
export function properCase(name: string, acronyms: readonly string[] = []): string {
  if (/\p{Ll}/u.test(name)) return name;
  const kept = new Set(acronyms.map((a) => a.toUpperCase()));
  return name
    .split(/(\s+)/)
    .map((word, i) => {
      const folded = word.toLowerCase();
      if (/^\s+$/.test(word) || kept.has(word)) return word;
      const form = FORMS_IN_CAPITALS.get(word);
      if (form !== undefined) return form;
      if (i > 0 && NAME_PARTICLES.has(folded)) return folded;
      if (word.replace(/[^\p{L}]/gu, '').length <= 2) return word;
      return capitalise(word);
    })
    .join('');
}

/** A key two spellings of a name share: "EUROPEAN SOCIETY – ESOI" and "European Society ESOI". */
export function nameKey(name: string): string {
  return splitWords(foldCase(name)).join(' ');
}

/** The forms an acronym is written in: "UAMS/TCIA" also as "UAMS" and "TCIA", "BBMRI-ERIC" as "BBMRI". */
export function acronymForms(acronym: string): string[] {
  const parts = acronym.split('/').map((p) => p.trim());
  const head = acronym.includes('-') ? acronym.split('-')[0] : undefined;
  const forms = [acronym, ...parts, ...(head && head.length >= 3 ? [head] : [])];
  return [...new Set(forms.filter((f) => f.length >= 2))];
}

/** An id from an acronym or name: "UAMS/TCIA" → "uams", "BBMRI-ERIC" → "bbmri-eric". */
export function idFrom(acronym: string): string {
  const first = foldCase(acronym.split('/')[0] ?? acronym);
  return trimChars(first.replace(/[^a-z0-9]+/g, '-'), '-');
}

/** Initials of a name's words, particles aside: "Climate Alliance" → "CA". */
export function initials(name: string): string {
  return splitWords(name)
    .filter((w) => !NAME_PARTICLES.has(w.toLowerCase()))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

const CAPITALISED = /^[\p{Lu}\d][\p{L}\d’'.&-]*$/u;

/** Whether every word is capitalised or a particle: "University of the Algarve". */
function isProperName(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 10 &&
    CAPITALISED.test(words[0] ?? '') &&
    words.every((w) => CAPITALISED.test(w) || NAME_PARTICLES.has(w.toLowerCase()))
  );
}

/** The proper name that ends just before `end`: "… of the University of Barcelona" (UB). */
function nameBefore(text: string, end: number): string | null {
  const words = text.slice(0, end).trimEnd().split(/\s+/);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    if (!CAPITALISED.test(word) && !NAME_PARTICLES.has(word.toLowerCase())) break;
    taken.unshift(word);
  }
  while (taken.length > 0 && NAME_PARTICLES.has((taken[0] ?? '').toLowerCase())) taken.shift();
  if ((taken[0] ?? '').toLowerCase() === 'the') taken.shift();
  return taken.length > 0 && isProperName(taken.join(' ')) ? taken.join(' ') : null;
}

/**
 * The name people use, from the partner's own prose: a name followed by its acronym ("The
 * University of Barcelona (UB)"), else the subject of the first sentence when it is a proper
 * name ("Maastricht University is …"; "Erasmus MC, University Medical Center Rotterdam is …"
 * gives "Erasmus MC" and the rest as an alias). Null when the prose names it no other way.
 */
export function nameFromProse(
  sentences: readonly string[],
  acronyms: readonly string[],
): { name: string; aliases: string[] } | null {
  const wanted = new Set(acronyms.map((a) => a.toUpperCase()));
  // The acronym itself and its first part: "(TCIA)", the second part of "UAMS/TCIA", may name
  // something the partner runs rather than the partner.
  const own = new Set(acronyms.slice(0, 2).map((a) => a.toUpperCase()));
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(/\(([^()]{2,20})\)/g)) {
      if (!own.has((m[1] ?? '').trim().toUpperCase())) continue;
      const name = nameBefore(sentence, m.index);
      if (name !== null && !wanted.has(name.toUpperCase()) && !/['’]s\b/.test(name))
        return { name, aliases: [] };
    }
  }
  const first = squashSpaces(sentences[0] ?? '');
  const is = first.indexOf(' is ');
  const subject = is < 0 ? '' : first.slice(0, is).replace(/^The /, '');
  if (subject === '' || /[()]/.test(subject)) return null;
  const [name = '', ...rest] = subject.split(/,\s+/);
  if (!isProperName(name) || wanted.has(name.toUpperCase())) return null;
  const aliases = rest.filter(isProperName);
  return { name, aliases };
}
