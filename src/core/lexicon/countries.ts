import type { Country } from 'world-countries';
import worldCountriesModule from 'world-countries';
import { phraseKey } from '../text/normalise.js';

/** A country as the gazetteer knows it. */
export interface CountryEntry {
  /** Common English name, e.g. "United States". */
  name: string;
  /** Phrase keys that name it: names, English demonyms ("Spanish"), other spellings. */
  phrases: string[];
  /** Short codes ("UK", "USA") that only count when typed in capitals. */
  codes: string[];
  /** The spellings the phrases come from, as written, for the typo corrector. */
  spellings: string[];
  /** Its names as written: common, official and other spellings ("España"), codes aside. */
  names: string[];
  /** English demonyms ("Spanish"). */
  demonyms: string[];
  /** ISO 3166-1 alpha-2 code ("ES"), how the regions table names its members. */
  iso2: string;
  /** world-countries' region ("Europe") and subregion ("Southern Europe"; empty for some). */
  region: string;
  subregion: string;
  /** Capital cities as world-countries spells them ("Vienna", "Washington D.C."). */
  capitals: string[];
}

// The package is CommonJS (`module.exports = countries`); its typings describe an ES default
// export, so under NodeNext the default import is typed as the module. At run time it is the array.
const worldCountries = worldCountriesModule as unknown as readonly Country[];

/**
 * Everyday names world-countries does not carry, by ISO 3166-1 alpha-2 code: "the States" is the
 * United States (Merriam-Webster, "state", noun, sense 5b: "the States: the United States";
 * https://www.merriam-webster.com/dictionary/state). Written with "the", so "member states" and
 * "the Baltic states" stay what they are.
 */
const EVERYDAY_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ['the States'],
};

function isCode(spelling: string): boolean {
  return /^[A-Z]{2,3}$/.test(spelling);
}

/**
 * Every country and territory in the world, from the world-countries package (mledoze/countries), so that
 * "partners in France" gets "no partner is in France" rather than a guess, and adjectives like
 * "Swedish" are understood for any consortium's countries. Code that runs reads it through
 * readWorld() (world.ts), which the CLI's bundle has compiled in: calling this loads
 * world-countries' 1.4 MB and stems every name at each start.
 */
export function buildCountryGazetteer(): CountryEntry[] {
  // Sovereign states first: "American" and "Dutch" are also demonyms of territories, and the
  // first country to claim a phrase keeps it.
  const ordered = [...worldCountries].sort((a, b) => Number(b.independent) - Number(a.independent));
  return ordered.map((c) => {
    const demonyms = c.demonyms.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [];
    const spellings = [c.name.common, c.name.official, ...demonyms, ...c.altSpellings];
    const words = [...spellings.filter((s) => !isCode(s)), ...(EVERYDAY_NAMES[c.cca2] ?? [])];
    const phrases = new Set(words.map(phraseKey));
    phrases.delete('');
    return {
      name: c.name.common,
      phrases: [...phrases],
      spellings: words,
      names: [c.name.common, c.name.official, ...c.altSpellings.filter((s) => !isCode(s))],
      demonyms,
      codes: [c.cca3, ...c.altSpellings.filter(isCode)],
      iso2: c.cca2,
      region: c.region,
      subregion: c.subregion,
      capitals: [...c.capital],
    };
  });
}
