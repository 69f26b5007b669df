import type { CountryEntry } from '../lexicon/countries.js';
import { readWorld } from '../lexicon/world.js';
import { foldCase } from '../text/normalise.js';

/** A country named in a text, where. */
export interface CountryMention {
  /** The gazetteer's common English name, whatever the spelling: "Spain" for "Kingdom of Spain". */
  country: string;
  start: number;
  end: number;
}

/** Finds countries in texts by the gazetteer's names, demonyms or capital-letter codes. */
export interface CountryFinder {
  /** Country names, and codes written in capitals ("UK") when `codes` is set. */
  names(text: string, options?: { codes?: boolean }): CountryMention[];
  /** Demonyms: "the German academic community". */
  demonyms(text: string): CountryMention[];
  /** The gazetteer's common name of a country's name or code, or undefined. */
  commonName(country: string): string | undefined;
}

interface Word {
  key: string;
  raw: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({
    key: foldCase(m[0]),
    raw: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function keyOf(phrase: string): string {
  return wordsOf(phrase)
    .map((w) => w.key)
    .join(' ');
}

type Table = Map<string, CountryEntry>;

function addPhrase(table: Table, phrase: string, entry: CountryEntry): void {
  const key = keyOf(phrase);
  // Sovereign states come first in the gazetteer and keep a phrase a territory shares.
  if (key !== '' && !table.has(key)) table.set(key, entry);
}

/** Longest gazetteer phrase starting at each word, left to right, without overlaps. */
function scan(text: string, table: Table, longest: number): CountryMention[] {
  const words = wordsOf(text);
  const found: CountryMention[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const span = words.slice(i, i + n);
      const hit = table.get(span.map((w) => w.key).join(' '));
      const first = span[0];
      const last = span[n - 1];
      if (!hit || !first || !last) continue;
      found.push({ country: hit.name, start: first.start, end: last.end });
      i += n - 1;
      break;
    }
  }
  return found;
}

/** A finder over the world-countries gazetteer, built once per draft. */
export function createCountryFinder(): CountryFinder {
  const gazetteer = readWorld().gazetteer;
  const names: Table = new Map();
  const demonyms: Table = new Map();
  const codes = new Map<string, CountryEntry>();
  for (const entry of gazetteer) {
    for (const name of entry.names) addPhrase(names, name, entry);
    for (const demonym of entry.demonyms) addPhrase(demonyms, demonym, entry);
    for (const code of entry.codes) if (!codes.has(code)) codes.set(code, entry);
  }
  const longest = Math.max(...[...names.keys()].map((k) => k.split(' ').length));
  return {
    names(text, options = {}) {
      const found = scan(text, names, longest);
      if (!options.codes) return found;
      for (const m of text.matchAll(/\b[A-Z]{2,3}\b/g)) {
        const entry = codes.get(m[0]);
        if (entry && !found.some((f) => f.start <= m.index && m.index < f.end))
          found.push({ country: entry.name, start: m.index, end: m.index + m[0].length });
      }
      return found.sort((a, b) => a.start - b.start);
    },
    demonyms: (text) => scan(text, demonyms, 3),
    commonName(country) {
      return names.get(keyOf(country))?.name ?? codes.get(country)?.name;
    },
  };
}
