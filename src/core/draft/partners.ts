import { splitDocumentSentences } from '../text/document-sentences.js';
import { trimChars } from '../text/trim.js';
import type { CountryFinder } from './countries.js';
import { acronymForms, idFrom, initials, nameFromProse, nameKey, properCase } from './names.js';
import type { PartnerEntry } from './partner-entry.js';
import type { Prose, Reading } from './sections.js';

/** An organisation as the draft knows it, from every place the description names it. */
export interface PartnerRecord {
  id: string;
  entry: PartnerEntry;
  prose: Prose[];
  acronym: string;
  legalName: string;
  name: string;
  aliases: string[];
  /** Every form the description may name it by, for finding it in sentences. */
  forms: string[];
  /** Notes for fields that were guessed, by field. */
  todo: Record<string, string>;
}

function fill(into: PartnerEntry, from: PartnerEntry): void {
  into.acronym ??= from.acronym;
  if (into.country === null) into.country = from.country;
  if (into.city === null && from.city !== null) {
    into.city = from.city;
    into.raw = from.raw;
  }
  into.coordinator ||= from.coordinator;
  into.parent ??= from.parent;
  into.type ??= from.type;
}

/**
 * One record per organisation: its section, merged with the list lines and table rows that name
 * it by the same acronym or name ("UNIVERSITAT DE BARCELONA (Coordinator), Spain" in a list at
 * the top, "UNIVERSITAT DE BARCELONA (UB), Spain" over its section).
 */
function mergeEntries(reading: Reading): { entry: PartnerEntry; prose: Prose[] }[] {
  const merged: { entry: PartnerEntry; prose: Prose[] }[] = [];
  const byKey = new Map<string, { entry: PartnerEntry; prose: Prose[] }>();
  const keysOf = (e: PartnerEntry) => [
    ...(e.acronym ? [`a:${e.acronym.toUpperCase()}`] : []),
    `n:${nameKey(e.name)}`,
  ];
  const add = (entry: PartnerEntry, prose: Prose[]) => {
    const known = keysOf(entry)
      .map((k) => byKey.get(k))
      .find((r) => r !== undefined);
    if (known) {
      fill(known.entry, entry);
      known.prose.push(...prose);
    } else merged.push({ entry: { ...entry }, prose: [...prose] });
    const record = known ?? merged.at(-1);
    if (record)
      for (const key of [...keysOf(entry), ...keysOf(record.entry)]) byKey.set(key, record);
  };
  for (const section of reading.sections) add(section.entry, section.prose);
  for (const entry of reading.listed) add(entry, []);
  return merged;
}

function uniqueId(base: string, taken: Set<string>): string {
  const root = /^[a-z0-9]/.test(base) ? base : trimChars(`p-${base}`, '-', 'end');
  let id = root === 'p' ? 'partner' : root;
  for (let n = 2; taken.has(id); n++) id = `${root}-${n}`;
  taken.add(id);
  return id;
}

/** A country the prose names where the partner is: "based in …, Germany", "head office in Vienna". */
function countryFromProse(
  sentences: readonly string[],
  finder: CountryFinder,
): { country: string; note: string } | null {
  for (const sentence of sentences) {
    const where = /\b(?:based|located|headquartered|seated)\s+in\b|\bhead\s?office\s+in\b/i.exec(
      sentence,
    );
    const found = where ? finder.names(sentence.slice(where.index))[0] : undefined;
    if (found) return { country: found.country, note: `read from "${sentence.slice(0, 80)}"` };
  }
  const demonym = finder.demonyms(sentences[0] ?? '')[0];
  if (demonym)
    return {
      country: demonym.country,
      note: `guessed from a demonym in "${(sentences[0] ?? '').slice(0, 80)}"`,
    };
  return null;
}

/** The partners of a description, with names, aliases, ids and countries worked out. */
export function buildPartnerRecords(reading: Reading, finder: CountryFinder): PartnerRecord[] {
  const taken = new Set<string>();
  return mergeEntries(reading).map(({ entry, prose }) => {
    const todo: Record<string, string> = {};
    const sentences = prose.flatMap((p) => splitDocumentSentences(p.text));
    let acronym = entry.acronym;
    if (acronym === null) {
      const oneWord = !/\s/.test(entry.name.trim()) && entry.name.length <= 16;
      acronym = oneWord ? entry.name.trim() : initials(entry.name) || entry.name.trim();
      if (!oneWord) todo.acronym = `made from the initials of "${entry.name}": the text gives none`;
    }
    const forms = acronymForms(acronym);
    const legalName = properCase(entry.name, forms);
    // "Barcelona Supercomputing Center – Centro Nacional de Supercomputacion": two names in one.
    const [before, after] = legalName.split(/\s[–—]\s/);
    const twoNames = after !== undefined && (before ?? '').split(/\s+/).length >= 2;
    const spoken =
      nameFromProse(sentences, forms) ??
      (twoNames ? { name: before ?? legalName, aliases: [after] } : null);
    const name = spoken?.name ?? legalName;
    const aliases = [
      ...forms.filter((f) => f !== acronym),
      ...(nameKey(name) === nameKey(legalName) ? [] : [legalName]),
      ...(spoken?.aliases ?? []),
    ].filter((a, i, all) => all.indexOf(a) === i && a !== name);
    if (entry.country === null) {
      const guess = countryFromProse(sentences, finder);
      entry.country = guess?.country ?? 'unknown';
      todo.country = guess?.note ?? 'the text names no country for it';
    }
    return {
      id: uniqueId(idFrom(acronym), taken),
      entry,
      prose,
      acronym,
      legalName,
      name,
      aliases,
      forms: [...new Set([...forms, name, legalName, entry.name, ...aliases])],
      todo,
    };
  });
}
