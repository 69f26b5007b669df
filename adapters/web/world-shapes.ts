import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readWorld } from '../../src/core/lexicon/world.js';
import { phraseKey } from '../../src/core/text/normalise.js';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';

/** A country's outline, named as world-atlas (Natural Earth) names it. */
export type CountryShape = Feature<Geometry, { name: string }>;

/**
 * Natural Earth's 1:50m countries from world-atlas: fine enough for Europe's small countries
 * (Luxembourg, Malta), 0.75 MB to read once per process. Read from the installed package, not
 * bundled, so the CLI stays small; resolved from eucanbot's own package.json so that it works
 * wherever npm put the dependency.
 */
const ATLAS = 'world-atlas/countries-50m.json';

let shapes: CountryShape[] | undefined;

/** Every country's outline, read once. */
export function readCountryShapes(): CountryShape[] {
  if (shapes) return shapes;
  const file = createRequire(path.join(PACKAGE_ROOT, 'package.json')).resolve(ATLAS);
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  shapes = collection.features;
  return shapes;
}

/**
 * The outline of a country the dataset names, or undefined when the atlas has none by any of
 * its names. The dataset may write any spelling the gazetteer knows ("Czech Republic"), and
 * Natural Earth writes its own ("Czechia"), so both are compared through the gazetteer's names.
 */
export function findCountryShape(
  country: string,
  all: readonly CountryShape[] = readCountryShapes(),
): CountryShape | undefined {
  const key = phraseKey(country);
  const entry = readWorld().gazetteer.find((e) => e.names.some((n) => phraseKey(n) === key));
  const names = new Set((entry?.names ?? [country]).map(phraseKey));
  return all.find((shape) => names.has(phraseKey(shape.properties.name)));
}
