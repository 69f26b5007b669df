import {
  type GeoProjection,
  geoArea,
  geoAzimuthalEqualArea,
  geoBounds,
  geoCentroid,
  geoDistance,
  geoEqualEarth,
  geoPath,
} from 'd3-geo';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { WorkPackageMatrix } from '../../src/core/matrix/work-package-matrix.js';
import { type CountryShape, findCountryShape, readCountryShapes } from './world-shapes.js';

/** The map's drawing size, in SVG units; it scales to its box on the page. */
export const MAP_SIZE = { width: 800, height: 560, padding: 28 } as const;

/**
 * A country whose centre lies further than this from the middle of the partners' countries is
 * listed beside the map rather than stretching it: 35° of arc is about 3,900 km, so a Europe of
 * partners keeps its scale when one partner is in the United States.
 */
const OUTLIER_ARC = (35 * Math.PI) / 180;
/** When more than this share of countries would be left out, the map shows them all. */
const MAX_OUTLIER_SHARE = 1 / 3;
/** Beyond this longitude span, an equal-area world projection replaces the azimuthal one. */
const WORLD_SPAN = (120 * Math.PI) / 180;

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

/**
 * Parts of a country further than this from its mainland are not framed: 10° of arc keeps
 * Sicily and the Balearics with Italy and Spain, and leaves out the Canaries, Caribbean
 * Netherlands and Alaska, which would stretch a map of Europe across the Atlantic.
 */
const OVERSEAS_ARC = (10 * Math.PI) / 180;

function polygonsOf(shape: CountryShape): Polygon[] {
  const g = shape.geometry;
  if (g.type === 'MultiPolygon')
    return g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  return g.type === 'Polygon' ? [g] : [];
}

/** The largest polygon of a country: its centre is then on the mainland, not between islands. */
function mainland(shape: CountryShape): Feature<Polygon> {
  const best = polygonsOf(shape)
    .map((p) => ({ p, area: geoArea(p) }))
    .sort((a, b) => b.area - a.area)[0]?.p ?? { type: 'Polygon', coordinates: [] };
  return { type: 'Feature', properties: {}, geometry: best };
}

/** A country without its overseas parts, for framing the map. */
function homeland(shape: CountryShape): CountryShape {
  const centre = geoCentroid(mainland(shape));
  const near = polygonsOf(shape).filter((p) => geoDistance(geoCentroid(p), centre) <= OVERSEAS_ARC);
  return {
    ...shape,
    geometry: { type: 'MultiPolygon', coordinates: near.map((p) => p.coordinates) },
  };
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

/** The countries to fit the map to: all, or all but the far-off few. */
function framed(centres: Map<string, [number, number]>): Set<string> {
  const points = [...centres.values()];
  const middle = geoCentroid({
    type: 'MultiPoint',
    coordinates: points,
  });
  const near = [...centres].filter(([, c]) => geoDistance(c, middle) <= OUTLIER_ARC);
  const leftOut = centres.size - near.length;
  if (near.length === 0 || leftOut / centres.size > MAX_OUTLIER_SHARE)
    return new Set(centres.keys());
  return new Set(near.map(([name]) => name));
}

function projectionFor(shapes: CountryShape[]): GeoProjection {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: shapes };
  const [[west], [east]] = geoBounds(collection);
  const span = east >= west ? east - west : east + 360 - west;
  const centre = geoCentroid(collection);
  const wide = span * (Math.PI / 180) > WORLD_SPAN;
  const projection = wide
    ? geoEqualEarth()
    : geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]);
  const { width, height, padding } = MAP_SIZE;
  return projection
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      collection,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

const boundsCache = new WeakMap<CountryShape, [[number, number], [number, number]]>();

/**
 * Whether a country can show in the frame, from its longitude/latitude box against the
 * frame's, found by inverting points along the frame's edges: projecting and clipping every
 * country of the world at 1:50m took a second, most of it on countries far out of view.
 */
function viewFilter(projection: GeoProjection): (shape: CountryShape) => boolean {
  const { width, height } = MAP_SIZE;
  const edge: [number, number][] = [];
  const steps = 24;
  for (let i = 0; i <= steps; i++) {
    const x = (width * i) / steps;
    const y = (height * i) / steps;
    edge.push([x, 0], [x, height], [0, y], [width, y]);
  }
  const points = edge.map((p) => projection.invert?.(p)).filter((p) => p != null);
  // A frame that wraps the globe, or whose edge leaves it, is not culled.
  if (points.length < edge.length) return () => true;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  if (east - west > 180) return () => true;
  return (shape) => {
    let box = boundsCache.get(shape);
    if (!box) {
      box = geoBounds(shape) as [[number, number], [number, number]];
      boundsCache.set(shape, box);
    }
    const [[w, s], [e, n]] = box;
    // A box across the antimeridian (e < w) is kept rather than reasoned about.
    if (e < w) return true;
    return w <= east && e >= west && s <= north && n >= south;
  };
}

/** A label's box, to keep labels from covering one another. */
type Box = { x: number; y: number; w: number; h: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
/** DejaVu Sans at the label's size is about 0.6 em a character; a box need not be exact. */
const LABEL = { size: 13, charWidth: 7.6, radius: 11 } as const;

/** Places a country's label right, left, above or below its marker, wherever it is free. */
function placeLabel(
  name: string,
  [x, y]: [number, number],
  taken: Box[],
): Box & { anchor: string } {
  const w = name.length * LABEL.charWidth;
  const h = LABEL.size + 4;
  const r = LABEL.radius + 3;
  const tries: (Box & { anchor: string })[] = [
    { x: x + r, y: y - h / 2, w, h, anchor: 'start' },
    { x: x - r - w, y: y - h / 2, w, h, anchor: 'end' },
    { x: x - w / 2, y: y - r - h, w, h, anchor: 'middle' },
    { x: x - w / 2, y: y + r, w, h, anchor: 'middle' },
  ];
  const inside = (t: Box) =>
    t.x >= 2 && t.y >= 2 && t.x + t.w <= MAP_SIZE.width - 2 && t.y + t.h <= MAP_SIZE.height - 2;
  const free =
    tries.find((t) => inside(t) && !taken.some((b) => overlaps(t, b))) ??
    tries.find(inside) ??
    tries[0];
  const box = free as Box & { anchor: string };
  taken.push(box);
  return box;
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
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
      `<text class="place" x="${Math.round(tx)}" y="${Math.round(box.y + box.h / 2)}" dy="0.35em" text-anchor="${box.anchor}">${escapeXml(c.country)}</text>`,
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
    ? `<text class="place" x="12" y="${height - 14}">Not on this map: ${escapeXml(offMap)}</text>`
    : '';
  const svg = `<svg class="map" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="map-title map-desc" xmlns="http://www.w3.org/2000/svg">
<title id="map-title">Map of the countries of the ${escapeXml(consortium)} partners</title>
<desc id="map-desc">${escapeXml(summary)}.${elsewhere.length > 0 ? ` Not on the map: ${escapeXml(elsewhere.join(', '))}.` : ''}</desc>
<rect class="sea" width="${width}" height="${height}"/>
<g aria-hidden="true">${land.join('')}${filled.join('')}</g>
<g aria-hidden="true">${markers.join('')}${labels.join('')}${note}</g>
</svg>`;
  return { svg, countries, elsewhere };
}
