import type { CapitalEntry } from '../lexicon/cities.js';
import type { RegionEntry } from '../lexicon/regions.js';
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
      : { type: 'region', label: region.label, countries: region.countries };
    for (const key of region.phrases) entities.add(key, entity);
  }
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

/** The name answers give a place: "the Baltics", "Barcelona". */
export function placeLabel(place: Place): string {
  return place.type === 'region' ? place.label : place.name;
}

/** Ids of the partners in a place, a group per country of a region. */
export function partnersInPlace(index: PartnerPlaces, place: Place): readonly string[][] {
  if (place.type === 'city') return [index.partnersByCity.get(place.name) ?? []];
  return place.countries.map((country) => index.partnersByCountry.get(country) ?? []);
}

/** Whether a partner is in a place. */
export function isInPlace(index: PartnerPlaces, partnerId: string, place: Place): boolean {
  if (place.type === 'city') return index.cityOfPartner.get(partnerId) === place.name;
  return place.countries.includes(index.countryOfPartner.get(partnerId) ?? '');
}
