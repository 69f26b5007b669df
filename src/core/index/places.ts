import type { CapitalEntry } from '../lexicon/cities.js';
import type { RegionEntry } from '../lexicon/regions.js';
import { SUBNATIONAL_REGIONS } from '../lexicon/subnational-regions.js';
import { readWorld } from '../lexicon/world.js';
import type { Dataset } from '../schema/dataset.js';
import { phraseKey } from '../text/normalise.js';
import type { Entity, Place } from './entities.js';
import { groupBy } from './partner-groups.js';
import type { PhraseTable } from './phrase-table.js';

/** Where partners are, as the index keeps it. */
export interface PartnerPlaces {
  /** Gazetteer country name of each partner. */
  countryOfPartner: ReadonlyMap<string, string>;
  /** Partner id → its city as answers write it, where the dataset gives one. */
  cityOfPartner: ReadonlyMap<string, string>;
  /** Gazetteer country name → ids of partners there. */
  partnersByCountry: ReadonlyMap<string, string[]>;
  /** City → ids of partners there, in dataset order. */
  partnersByCity: ReadonlyMap<string, string[]>;
}

/**
 * Adds regions and cities to the phrase table: every region, the cities of the dataset's
 * partners, then the world's capitals (a capital that is also a dataset city is that city).
 * Returns each partner's city.
 */
export function addPlaces(
  entities: PhraseTable<Entity>,
  dataset: Dataset,
  world: { regions: readonly RegionEntry[]; capitals: readonly CapitalEntry[] },
  countryOfPartner: ReadonlyMap<string, string>,
): { cityOfPartner: Map<string, string>; partnersByCity: Map<string, string[]> } {
  for (const region of world.regions) {
    const { wider } = region;
    const entity: Entity = wider
      ? {
          type: 'region',
          label: region.label,
          countries: [...new Set([...region.countries, ...wider.countries])],
          strictly: {
            countries: region.countries,
            source: region.source,
            widerLabel: wider.label,
            widerSource: wider.source,
          },
        }
      : {
          type: 'region',
          label: region.label,
          countries: region.countries,
          ...(region.definedBy === undefined ? {} : { definedBy: region.definedBy }),
        };
    for (const key of region.phrases) entities.add(key, entity);
  }
  addSubnationalRegions(entities, dataset, countryOfPartner);
  // "Liège" and "Liege" are one city, written as the first partner there writes it.
  const nameOfKey = new Map<string, string>();
  const cityOfPartner = new Map<string, string>();
  for (const partner of dataset.partners) {
    if (!partner.city) continue;
    const key = phraseKey(partner.city.name);
    let name = nameOfKey.get(key);
    if (name === undefined) {
      name = partner.city.name;
      nameOfKey.set(key, name);
      const country = countryOfPartner.get(partner.id);
      entities.add(key, { type: 'city', name, country, capital: false, commonWord: false });
    }
    cityOfPartner.set(partner.id, name);
  }
  for (const capital of world.capitals) {
    if (capital.phrases.some((key) => nameOfKey.has(key))) continue;
    const entity: Entity = {
      type: 'city',
      name: capital.name,
      country: capital.country,
      capital: true,
      commonWord: capital.commonWord,
    };
    for (const key of capital.phrases) entities.add(key, entity);
  }
  const located = dataset.partners.filter((p) => cityOfPartner.has(p.id));
  return { cityOfPartner, partnersByCity: groupBy(located, (p) => cityOfPartner.get(p.id) ?? '') };
}

/**
 * Regions inside a country (SUBNATIONAL_REGIONS), each holding the partners whose own names
 * place them there: "Universidad del Pais Vasco" is in the Basque Country.
 */
function addSubnationalRegions(
  entities: PhraseTable<Entity>,
  dataset: Dataset,
  countryOfPartner: ReadonlyMap<string, string>,
): void {
  const cityOf = new Map(dataset.partners.map((p) => [p.id, p.city?.name ?? '']));
  const names = dataset.partners.map((p) => ({
    id: p.id,
    keys: [p.name, p.legalName ?? '', ...p.aliases].map((n) => ` ${phraseKey(n)} `),
  }));
  const world = new Map(readWorld().gazetteer.map((c) => [c.iso2, c.name]));
  for (const region of SUBNATIONAL_REGIONS) {
    const keys = region.phrases.map(phraseKey);
    const cities = new Set<string>(region.cities.map(phraseKey));
    const members = names
      .filter(
        (n) =>
          n.keys.some((name) => keys.some((key) => name.includes(` ${key} `))) ||
          cities.has(phraseKey(cityOf.get(n.id) ?? '')),
      )
      .map((n) => n.id);
    const country = world.get(region.country) ?? region.country;
    const inCountry = members.filter((id) => countryOfPartner.get(id) === country);
    const entity: Entity = {
      type: 'region',
      label: region.label,
      countries: [country],
      members: inCountry,
    };
    for (const key of keys) entities.add(key, entity);
  }
}

/** The name answers give a place: "the Baltics", "Barcelona". */
export function placeLabel(place: Place): string {
  return place.type === 'region' ? place.label : place.name;
}

/** Ids of the partners in a place, a group per country of a region. */
export function partnersInPlace(index: PartnerPlaces, place: Place): readonly string[][] {
  if (place.type === 'city') return [index.partnersByCity.get(place.name) ?? []];
  if (place.members !== undefined) return [[...place.members]];
  return place.countries.map((country) => index.partnersByCountry.get(country) ?? []);
}

/** Whether a partner is in a place. */
export function isInPlace(index: PartnerPlaces, partnerId: string, place: Place): boolean {
  if (place.type === 'city') return index.cityOfPartner.get(partnerId) === place.name;
  if (place.members !== undefined) return place.members.includes(partnerId);
  return place.countries.includes(index.countryOfPartner.get(partnerId) ?? '');
}
