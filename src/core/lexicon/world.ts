import { buildCapitals, type CapitalEntry } from './cities.js';
import { buildCountryGazetteer, type CountryEntry } from './countries.js';
import { buildRegions, type RegionEntry } from './regions.js';

/** The world's countries, regions and capitals: the same for every dataset. */
export interface World {
  gazetteer: CountryEntry[];
  regions: RegionEntry[];
  capitals: CapitalEntry[];
}

/** Builds the world from world-countries and the region tables. */
export function buildWorld(): World {
  const gazetteer = buildCountryGazetteer();
  return { gazetteer, regions: buildRegions(gazetteer), capitals: buildCapitals(gazetteer) };
}

let world: World | undefined;

/**
 * The world, built once per process. The CLI's bundle replaces this module by one that returns
 * the world built at build time (scripts/bundle-cli.ts): a cold start then neither loads
 * world-countries' 1.4 MB nor works out the canonical forms of every country's names again.
 */
export function readWorld(): World {
  world ??= buildWorld();
  return world;
}
