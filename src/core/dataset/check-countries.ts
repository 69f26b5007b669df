import { closest, distance } from 'fastest-levenshtein';
import { readWorld } from '../lexicon/world.js';
import { phraseKey } from '../text/normalise.js';
import type { PartialDataset } from './partial-dataset.js';
import type { DatasetProblem } from './problem.js';

interface CountryNames {
  /** Phrase keys of every name and spelling the gazetteer knows, as the bot resolves them. */
  known: ReadonlySet<string>;
  /** Codes ("UK", "USA") → the country's name. */
  codes: ReadonlyMap<string, string>;
  regions: ReadonlySet<string>;
  names: string[];
}

// The gazetteer is the same for every dataset: read once per process, at the first check, from
// the world the index reads (which the CLI's bundle has compiled in).
let world: CountryNames | undefined;

function countryNames(): CountryNames {
  if (world === undefined) {
    const { gazetteer, regions } = readWorld();
    const codes = new Map<string, string>();
    for (const country of gazetteer)
      for (const code of country.codes) if (!codes.has(code)) codes.set(code, country.name);
    world = {
      known: new Set(gazetteer.flatMap((c) => c.phrases)),
      codes,
      regions: new Set(regions.flatMap((r) => r.phrases)),
      names: gazetteer.map((c) => c.name),
    };
  }
  return world;
}

/** Why `country` is not one the gazetteer knows, with what to write instead; undefined if known. */
function countryProblem(country: string, world: CountryNames): string | undefined {
  const key = phraseKey(country);
  if (world.known.has(key)) return undefined;
  const coded = world.codes.get(country.trim().toUpperCase());
  if (coded !== undefined)
    return `"${country}" is not a country name the gazetteer knows; write "${coded}"`;
  if (world.regions.has(key))
    return `"${country}" is a region, not a country; write the partner's country`;
  const guess = closest(country, world.names);
  // A typo is a letter or two ("Spian", "Germny"), one in a short name; further is no guess.
  if (distance(country.toLowerCase(), guess.toLowerCase()) <= (guess.length < 5 ? 1 : 2))
    return `"${country}" is not a country the gazetteer knows; did you mean "${guess}"?`;
  return `"${country}" is not a country the gazetteer knows; write its name in English, as in "Spain"`;
}

/**
 * A partner's country must be one the gazetteer (world-countries) knows, so that "partners in
 * the Nordics" and "Swedish partners" find it: "UK" is a code, "Europe" a region.
 */
export function countryProblems(data: PartialDataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const seen = new Map<string, string | undefined>();
  data.partners.forEach((partner, i) => {
    if (partner === undefined) return;
    // Thousands of partners share a few dozen countries: each spelling is judged once.
    if (!seen.has(partner.country))
      seen.set(partner.country, countryProblem(partner.country, countryNames()));
    const message = seen.get(partner.country);
    if (message !== undefined) problems.push({ path: `partners[${i}].country`, message });
  });
  return problems;
}
