import { geoCentroid, geoPath } from 'd3-geo';
import type { WorkPackageMatrix } from '../../src/core/matrix/work-package-matrix.js';
import { escapeHtml } from './html.js';
import { framed, homeland, MAP_SIZE, mainland, projectionFor, viewFilter } from './map-frame.js';
import { type Box, LABEL, placeLabel } from './map-labels.js';
import { type CountryShape, findCountryShape, readCountryShapes } from './world-shapes.js';

export { MAP_SIZE };

/** One partner country as the map shows it. */
export interface MappedCountry {
  country: string;
  partners: { id: string; acronym: string; city: string | null }[];
  /** Where its count is drawn, in SVG units; undefined when it is not on the map. */
  at?: [number, number];
}

/** The map and what it left out. */
export interface CountryMap {
  svg: string;
  countries: MappedCountry[];
  /** Countries drawn outside the map's frame or unknown to the atlas, for the list beside it. */
  elsewhere: string[];
}

function groupByCountry(matrix: WorkPackageMatrix): MappedCountry[] {
  const byCountry = new Map<string, MappedCountry>();
  for (const { partner } of matrix.rows) {
    const entry = byCountry.get(partner.country) ?? { country: partner.country, partners: [] };
    entry.partners.push({ id: partner.id, acronym: partner.acronym, city: partner.city });
    byCountry.set(partner.country, entry);
  }
  return [...byCountry.values()].sort(
    (a, b) => b.partners.length - a.partners.length || a.country.localeCompare(b.country, 'en'),
  );
}

/**
 * The partners' countries on a map drawn on the server: every country's outline from Natural
 * Earth (world-atlas), the partners' countries filled, and at each one's centre the number of
 * its partners. Cities are not placed: the dataset names some but gives no coordinates, and
 * none are made up; the list beside the map names them.
 */
export function renderCountryMap(matrix: WorkPackageMatrix, consortium: string): CountryMap {
  const all = readCountryShapes();
  const countries = groupByCountry(matrix);
  const shapes = new Map<string, CountryShape>();
  for (const c of countries) {
    const shape = findCountryShape(c.country, all);
    if (shape) shapes.set(c.country, shape);
  }
  const centres = new Map(
    [...shapes].map(([name, shape]) => [name, geoCentroid(mainland(shape))] as const),
  );
  const inFrame = framed(centres);
  const projection = projectionFor(
    [...shapes].filter(([n]) => inFrame.has(n)).map(([, s]) => homeland(s)),
  );
  // Whole units: the map is 800 units wide and shown at most about 700 px wide, so decimals
  // would add 40 % to the page for nothing one can see.
  const path = geoPath(projection).digits(0);
  const partnerShapes = new Set(shapes.values());
  const inView = viewFilter(projection);
  const land = all
    .filter((s) => !partnerShapes.has(s) && inView(s))
    .map((s) => path(s))
    .filter((d): d is string => d !== null && d !== '')
    .map((d) => `<path class="land" d="${d}"/>`);
  const filled = [...shapes.values()]
    .map((s) => path(s))
    .filter((d): d is string => d !== null && d !== '')
    .map((d) => `<path class="partner-land" d="${d}"/>`);
  const taken: Box[] = [];
  const markers: string[] = [];
  const labels: string[] = [];
  for (const c of countries) {
    const centre = centres.get(c.country);
    if (!centre || !inFrame.has(c.country)) continue;
    const point = projection(centre);
    if (!point) continue;
    c.at = [Math.round(point[0]), Math.round(point[1])];
    taken.push({
      x: point[0] - LABEL.radius,
      y: point[1] - LABEL.radius,
      w: 2 * LABEL.radius,
      h: 2 * LABEL.radius,
    });
  }
  for (const c of countries) {
    if (!c.at) continue;
    const [x, y] = c.at;
    markers.push(
      `<circle class="marker" cx="${x}" cy="${y}" r="${LABEL.radius}"/><text class="count" x="${x}" y="${y}" dy="0.35em" text-anchor="middle">${c.partners.length}</text>`,
    );
    const box = placeLabel(c.country, c.at, taken);
    const tx =
      box.anchor === 'start' ? box.x : box.anchor === 'end' ? box.x + box.w : box.x + box.w / 2;
    labels.push(
      `<text class="place" x="${Math.round(tx)}" y="${Math.round(box.y + box.h / 2)}" dy="0.35em" text-anchor="${box.anchor}">${escapeHtml(c.country)}</text>`,
    );
  }
  const elsewhere = countries.filter((c) => !c.at).map((c) => c.country);
  const summary = countries
    .map((c) => `${c.country}: ${c.partners.map((p) => p.acronym).join(', ')}`)
    .join('; ');
  const { width, height } = MAP_SIZE;
  const offMap = countries
    .filter((c) => !c.at)
    .map((c) => `${c.country} ${c.partners.length}`)
    .join(' · ');
  const note = offMap
    ? `<text class="place" x="12" y="${height - 14}">Not on this map: ${escapeHtml(offMap)}</text>`
    : '';
  const svg = `<svg class="map" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="map-title map-desc" xmlns="http://www.w3.org/2000/svg">
<title id="map-title">Map of the countries of the ${escapeHtml(consortium)} partners</title>
<desc id="map-desc">${escapeHtml(summary)}.${elsewhere.length > 0 ? ` Not on the map: ${escapeHtml(elsewhere.join(', '))}.` : ''}</desc>
<rect class="sea" width="${width}" height="${height}"/>
<g aria-hidden="true">${land.join('')}${filled.join('')}</g>
<g aria-hidden="true">${markers.join('')}${labels.join('')}${note}</g>
</svg>`;
  return { svg, countries, elsewhere };
}
