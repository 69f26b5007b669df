import { phraseKey, splitWords } from '../text/normalise.js';
import type { CountryEntry } from './countries.js';

/** A region as the bot knows it: a name to answer under and the countries it holds. */
export interface RegionEntry {
  /** How answers name it after "in": "the Baltics", "Southern Europe". */
  label: string;
  /** Phrase keys that name it ("baltic state", "southern european"). */
  phrases: string[];
  /** Gazetteer names of its countries and territories. */
  countries: string[];
  /** Where its definition comes from. */
  source: string;
  /** The phrases as written, for the typo corrector ("Scandinavia"). */
  spellings: string[];
  /**
   * A wider reading in common use, named by the grouping that draws it: "Eastern Europe" is UN
   * M49's, but people also count the Baltic states, as OECD's Central and Eastern Europe does.
   */
  wider?: { label: string; countries: string[]; source: string };
  /** The definition answers name, where the name has no official membership (Grouping). */
  definedBy?: string;
}

/** A grouping of countries that people name, by ISO 3166-1 alpha-2 code. */
interface Grouping {
  label: string;
  /** Ways to name it besides its label; a directional label ("Eastern Europe") adds its own. */
  phrases: readonly string[];
  members: readonly string[];
  source: string;
  /** The label of a grouping that common usage also means by this name (see RegionEntry). */
  widenedBy?: string;
  /**
   * Set where the name has no one official membership ("the Mediterranean countries"): answers
   * then say whose definition they use, as they do for a region with two readings.
   */
  statesSource?: true;
}

/**
 * The EU's 27 member states as europa.eu lists them in 2025 ("EU countries",
 * https://european-union.europa.eu/principles-countries-history/eu-countries_en), unchanged
 * since the United Kingdom left on 31 January 2020. Check it again at the next accession.
 */
const EU_MEMBERS = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;

/**
 * Groupings people use that world-countries' regions do not give, each with the source of its
 * definition. One whose label is also a world-countries subregion ("Central Europe") replaces
 * that subregion: where definitions differ, the stated one is the one answers use.
 */
export const REGION_GROUPINGS = [
  {
    label: 'the EU',
    phrases: ['EU', 'European Union', 'EU27', 'EU-27', 'EU member states'],
    members: EU_MEMBERS,
    source: 'europa.eu, "EU countries", the 27 member states in 2025 (see EU_MEMBERS)',
  },
  {
    label: 'the EEA',
    phrases: ['EEA', 'European Economic Area'],
    members: [...EU_MEMBERS, 'IS', 'LI', 'NO'],
    source:
      'EFTA, "EEA Agreement" (https://www.efta.int/eea): the EU plus Iceland, Liechtenstein and Norway, 2025',
  },
  {
    label: 'the Baltics',
    phrases: ['Baltics', 'Baltic', 'Baltic states', 'Baltic countries', 'Baltic republics'],
    members: ['EE', 'LV', 'LT'],
    source: 'Encyclopaedia Britannica, "Baltic states": Estonia, Latvia and Lithuania',
  },
  {
    label: 'Iberia',
    phrases: ['Iberia', 'Iberian', 'Iberian Peninsula'],
    members: ['ES', 'PT', 'AD', 'GI'],
    source:
      'Encyclopaedia Britannica, "Iberian Peninsula": the countries and territories on it; the strip of France on it does not make France Iberian',
  },
  {
    label: 'the Nordic countries',
    phrases: ['Nordics', 'Nordic', 'Nordic countries', 'Nordic region', 'Norden'],
    members: ['DK', 'FI', 'IS', 'NO', 'SE', 'FO', 'GL', 'AX'],
    source:
      'Nordic Council (https://www.norden.org/en/information/facts-about-nordic-countries): five countries and the Faroe Islands, Greenland and Åland',
  },
  {
    label: 'Scandinavia',
    phrases: ['Scandinavia', 'Scandinavian', 'Scandinavian countries'],
    members: ['DK', 'NO', 'SE'],
    source:
      'Encyclopaedia Britannica, "Scandinavia", in the strict sense; Finland and Iceland are Nordic',
  },
  {
    label: 'the Benelux',
    phrases: ['Benelux', 'Benelux countries', 'Low Countries'],
    members: ['BE', 'NL', 'LU'],
    source: 'Benelux Union (https://www.benelux.int)',
  },
  {
    label: 'the DACH countries',
    phrases: ['DACH', 'D-A-CH', 'DACH region', 'DACH countries'],
    members: ['DE', 'AT', 'CH'],
    source: 'the German-speaking countries, named by their vehicle codes D, A and CH',
  },
  {
    label: 'the British Isles',
    phrases: ['British Isles'],
    members: ['GB', 'IE', 'IM', 'GG', 'JE'],
    source:
      'Encyclopaedia Britannica, "British Isles": Great Britain, Ireland, the Isle of Man and the Channel Islands',
  },
  {
    label: 'Central Europe',
    phrases: ['Mitteleuropa'],
    members: ['AT', 'CZ', 'DE', 'HU', 'LI', 'PL', 'SK', 'SI', 'CH'],
    source:
      "Germany's Standing Committee on Geographical Names (StAGN); world-countries' own Central Europe leaves out Germany, Switzerland and Liechtenstein",
  },
  {
    // Issue #11, places family of fresh set 5: "Western Europe partners" left out Austria.
    label: 'Western Europe',
    phrases: [],
    members: ['AT', 'BE', 'FR', 'DE', 'LI', 'LU', 'MC', 'NL', 'CH'],
    source:
      "UN M49 (https://unstats.un.org/unsd/methodology/m49/); world-countries' own Western Europe leaves out Austria, which it puts in Central Europe",
  },
  {
    // Issue #11, places family of fresh set 5: "german-speaking" read as Germany alone.
    label: 'the German-speaking countries',
    phrases: [
      'German-speaking',
      'German speaking',
      'German-speaking countries',
      'German-language countries',
      'German-speaking world',
    ],
    members: ['DE', 'AT', 'CH', 'LI', 'LU'],
    source:
      'Encyclopaedia Britannica, "German language": the countries where German is a national official language; Belgium\'s German-speaking Community is a region, not the country',
    statesSource: true,
  },
  {
    label: 'Eastern Europe',
    phrases: [],
    members: ['BY', 'BG', 'CZ', 'HU', 'MD', 'PL', 'RO', 'RU', 'SK', 'UA'],
    source:
      "UN M49 (https://unstats.un.org/unsd/methodology/m49/); world-countries' own Eastern Europe is only Belarus, Moldova, Russia and Ukraine",
    // M49 puts the Baltic states in Northern Europe; common usage, EuroVoc's and OECD's
    // Central and Eastern Europe count them in the east.
    widenedBy: 'Central and Eastern Europe',
  },
  {
    label: 'Central and Eastern Europe',
    phrases: ['CEE', 'Central and Eastern European', 'Central Eastern Europe', 'CEE countries'],
    members: ['AL', 'BG', 'HR', 'CZ', 'EE', 'HU', 'LV', 'LT', 'PL', 'RO', 'SK', 'SI'],
    source: 'OECD Glossary of Statistical Terms, "Central and Eastern European Countries (CEECs)"',
  },
  {
    label: 'the Balkans',
    phrases: ['Balkans', 'Balkan', 'Balkan countries', 'Balkan states', 'Balkan Peninsula'],
    members: ['AL', 'BA', 'BG', 'HR', 'XK', 'ME', 'MK', 'RO', 'RS', 'SI'],
    source:
      'Encyclopaedia Britannica, "Balkans": the countries usually counted; Greece and European Turkey, sometimes added, are not',
  },
  {
    label: 'the Western Balkans',
    phrases: ['Western Balkans'],
    members: ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'],
    source: "the European Commission's enlargement policy term",
  },
  {
    label: 'the Mediterranean countries',
    phrases: [
      'Mediterranean',
      'Mediterranean countries',
      'Mediterranean region',
      'Mediterranean basin',
      'Mediterranean states',
    ],
    // The sovereign states with a coast on the Mediterranean Sea, and the territories on it
    // (Gibraltar; Palestine for the Gaza Strip).
    members: [
      'ES',
      'FR',
      'MC',
      'IT',
      'MT',
      'SI',
      'HR',
      'BA',
      'ME',
      'AL',
      'GR',
      'TR',
      'CY',
      'SY',
      'LB',
      'IL',
      'PS',
      'EG',
      'LY',
      'TN',
      'DZ',
      'MA',
      'GI',
    ],
    source:
      'Encyclopaedia Britannica, "Mediterranean Sea": the 21 countries with a Mediterranean coast, with Gibraltar and the Gaza Strip',
    statesSource: true,
  },
  {
    label: 'the Visegrád Group',
    phrases: ['Visegrad', 'Visegrad Group', 'Visegrad countries', 'V4'],
    members: ['CZ', 'HU', 'PL', 'SK'],
    source: 'Visegrad Group (https://www.visegradgroup.eu)',
  },
] as const satisfies readonly Grouping[];

/** How people write the direction of a region's name: "Southern Europe" is also "south Europe". */
const DIRECTION_FORMS: Readonly<Record<string, readonly string[]>> = {
  Northern: ['northern', 'north'],
  North: ['north', 'northern'],
  Southern: ['southern', 'south'],
  South: ['south', 'southern'],
  Eastern: ['eastern', 'east'],
  Western: ['western', 'west'],
  Central: ['central'],
  // UN M49's "Middle Africa" is also called Central Africa.
  Middle: ['middle', 'central'],
  Southeast: ['southeast', 'south east', 'southeastern', 'south eastern'],
  'South-Eastern': ['southeast', 'south east', 'southeastern', 'south eastern'],
};

/** A continent as a noun and as an adjective: "Europe", "European partners". */
const CONTINENT_FORMS: Readonly<Record<string, readonly [noun: string, adjective: string]>> = {
  Europe: ['europe', 'european'],
  Asia: ['asia', 'asian'],
  Africa: ['africa', 'african'],
  America: ['america', 'american'],
};

/** world-countries' names that read with "the" after "in". */
const LABELS_WITH_THE: ReadonlySet<string> = new Set(['Americas', 'Caribbean', 'Antarctic']);

/**
 * The ways people write a region's name: "Southern Europe" is also "south Europe", "southern
 * European" and "the south of Europe"; "Europe" is also "European".
 */
function namePhrases(name: string): string[] {
  const bare = name.replace(/^the /, '');
  const continent = CONTINENT_FORMS[bare];
  if (continent) return [...continent];
  const [direction, ...rest] = bare.split(' ');
  const forms = DIRECTION_FORMS[direction ?? ''];
  const base = CONTINENT_FORMS[rest.join(' ')];
  if (forms === undefined || base === undefined) return [bare];
  const [noun, adjective] = base;
  const short = forms.filter((form) => ['north', 'south', 'east', 'west'].includes(form));
  return [
    ...forms.flatMap((form) => [`${form} ${noun}`, `${form} ${adjective}`]),
    ...short.map((form) => `${form} of ${noun}`),
  ];
}

/**
 * Every region and subregion of world-countries (close to the UN M49 scheme) and every grouping
 * of REGION_GROUPINGS, with the countries of the gazetteer. A phrase belongs to the first region
 * that claims it, and never to a region when it names a country: "South Africa" is the country,
 * "Southern Africa" the subregion.
 */
export function buildRegions(gazetteer: readonly CountryEntry[]): RegionEntry[] {
  const countryPhrases = new Set(gazetteer.flatMap((c) => c.phrases));
  const nameOf = new Map(gazetteer.map((c) => [c.iso2, c.name]));
  const claimed = new Set<string>();
  const entry = (
    label: string,
    written: readonly string[],
    countries: string[],
    source: string,
  ): RegionEntry => {
    const spellings: string[] = [];
    const phrases: string[] = [];
    for (const spelling of [...namePhrases(label), ...written]) {
      const key = phraseKey(spelling);
      if (key === '' || claimed.has(key) || countryPhrases.has(key)) continue;
      claimed.add(key);
      phrases.push(key);
      spellings.push(...splitWords(spelling));
    }
    return { label, phrases, countries, source, spellings };
  };
  const regions = REGION_GROUPINGS.map((g) =>
    entry(
      g.label,
      g.phrases,
      g.members.map((code) => nameOf.get(code) ?? code),
      g.source,
    ),
  );
  REGION_GROUPINGS.forEach((g, i) => {
    const widenedBy = (g as Grouping).widenedBy;
    const wider = regions.find((r) => r.label === widenedBy);
    const region = regions[i];
    if (wider === undefined || region === undefined) return;
    region.wider = { label: wider.label, countries: wider.countries, source: wider.source };
  });
  REGION_GROUPINGS.forEach((g, i) => {
    const region = regions[i];
    if ((g as Grouping).statesSource && region !== undefined) region.definedBy = g.source;
  });
  const replaced = new Set(regions.map((r) => r.label));
  const members = new Map<string, string[]>();
  for (const country of gazetteer) {
    for (const name of [country.region, country.subregion]) {
      if (name === '' || replaced.has(name)) continue;
      const list = members.get(name);
      if (list === undefined) members.set(name, [country.name]);
      else list.push(country.name);
    }
  }
  for (const [name, countries] of members) {
    const label = LABELS_WITH_THE.has(name) ? `the ${name}` : name;
    regions.push(entry(label, [], countries, 'world-countries (mledoze/countries)'));
  }
  return regions;
}
